package org.mandateworkbench.report.tests.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mandateworkbench.report.format.DraftLanguage.EN;
import static org.mandateworkbench.report.format.DraftLanguage.ZH;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandateworkbench.report.format.DraftDateFormatter;

class DraftDateFormatterTest {

	@Test
	void formatsSingleDateInChinese() {
		assertEquals("2018 年 2 月 9 日", DraftDateFormatter.date(LocalDate.of(2018, 2, 9), ZH));
	}

	@Test
	void formatsSingleDateInEnglish() {
		assertEquals("9 February 2018", DraftDateFormatter.date(LocalDate.of(2018, 2, 9), EN));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"2017-11-06|2017-11-07|2017 年 11 月 6 日至 7 日|6-7 November 2017",
			"2017-11-30|2017-12-02|2017 年 11 月 30 日至 12 月 2 日|30 November-2 December 2017",
			"2017-12-30|2018-01-02|2017 年 12 月 30 日至 2018 年 1 月 2 日|30 December 2017-2 January 2018" })
	void namesSharedMonthAndYearOnlyOnce(LocalDate first, LocalDate last, String chinese, String english) {
		assertEquals(chinese, DraftDateFormatter.range(first, last, ZH));
		assertEquals(english, DraftDateFormatter.range(first, last, EN));
	}

	@Test
	void collapsesOneDayRangeToSingleDate() {
		LocalDate day = LocalDate.of(2019, 3, 1);
		assertEquals("2019 年 3 月 1 日", DraftDateFormatter.range(day, day, ZH));
		assertEquals("1 March 2019", DraftDateFormatter.range(day, day, EN));
	}

	@Test
	void rejectsRangeEndingBeforeItStarts() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> DraftDateFormatter.range(LocalDate.of(2018, 2, 9), LocalDate.of(2018, 2, 8), EN));
		assertEquals("Date range ends before it starts: 2018-02-09 to 2018-02-08", error.getMessage());
	}
}
