package org.mandateworkbench.report.tests.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mandateworkbench.report.format.DraftLanguage.EN;
import static org.mandateworkbench.report.format.DraftLanguage.ZH;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
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

	@Test
	void namesMonthOnceForRangeWithinMonth() {
		LocalDate first = LocalDate.of(2017, 11, 6);
		LocalDate last = LocalDate.of(2017, 11, 7);
		assertEquals("2017 年 11 月 6 日至 7 日", DraftDateFormatter.range(first, last, ZH));
		assertEquals("6-7 November 2017", DraftDateFormatter.range(first, last, EN));
	}

	@Test
	void namesBothMonthsForRangeAcrossMonths() {
		LocalDate first = LocalDate.of(2017, 11, 30);
		LocalDate last = LocalDate.of(2017, 12, 2);
		assertEquals("2017 年 11 月 30 日至 12 月 2 日", DraftDateFormatter.range(first, last, ZH));
		assertEquals("30 November-2 December 2017", DraftDateFormatter.range(first, last, EN));
	}

	@Test
	void namesBothYearsForRangeAcrossYears() {
		LocalDate first = LocalDate.of(2017, 12, 30);
		LocalDate last = LocalDate.of(2018, 1, 2);
		assertEquals("2017 年 12 月 30 日至 2018 年 1 月 2 日", DraftDateFormatter.range(first, last, ZH));
		assertEquals("30 December 2017-2 January 2018", DraftDateFormatter.range(first, last, EN));
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
