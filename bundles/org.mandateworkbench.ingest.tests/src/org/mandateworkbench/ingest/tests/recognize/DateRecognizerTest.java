package org.mandateworkbench.ingest.tests.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandateworkbench.ingest.recognize.DateMention;
import org.mandateworkbench.ingest.recognize.DateRecognizer;

class DateRecognizerTest {

	private final DateRecognizer recognizer = new DateRecognizer();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"于 2018 年 2 月 9 日发出|2018 年 2 月 9 日|2018-02-09|2018-02-09",
			"会议于2017年11月6日至7日举行|2017年11月6日至7日|2017-11-06|2017-11-07",
			"2015 年 10 月 27 日和 28 日|2015 年 10 月 27 日和 28 日|2015-10-27|2015-10-28",
			"2017年12月30日至2018年1月2日期间|2017年12月30日至2018年1月2日|2017-12-30|2018-01-02",
			"dated 9 February 2018.|9 February 2018|2018-02-09|2018-02-09",
			"Vienna, 6-7 November 2017|6-7 November 2017|2017-11-06|2017-11-07",
			"from 6 to 7 November 2017|6 to 7 November 2017|2017-11-06|2017-11-07",
			"on 2 and 3 November 2015|2 and 3 November 2015|2015-11-02|2015-11-03" })
	void readsDatesAndRanges(String text, String span, LocalDate from, LocalDate to) {
		List<DateMention> found = recognizer.recognize(text);
		assertEquals(1, found.size(), text);
		DateMention date = found.get(0);
		assertEquals(span, text.substring(date.start(), date.end()));
		assertEquals(from, date.from());
		assertEquals(to, date.to());
	}

	@Test
	void skipsImpossibleDatesAndBackwardRanges() {
		assertTrue(recognizer.recognize("31 February 2018 and 2018年13月1日").isEmpty());
		List<DateMention> backwards = recognizer.recognize("7-6 November 2017");
		assertTrue(backwards.isEmpty());
	}

	@Test
	void doesNotReadSymbolsOrNumbersAsDates() {
		assertTrue(recognizer.recognize("CAC/COSP/2017/2 and 13 States, 2018 reports").isEmpty());
	}

	@Test
	void returnsDatesInTextOrderAcrossScripts() {
		List<DateMention> found = recognizer.recognize("9 February 2018；2018年3月15日");
		assertEquals(List.of(LocalDate.of(2018, 2, 9), LocalDate.of(2018, 3, 15)), found.stream().map(DateMention::from).toList());
	}
}
