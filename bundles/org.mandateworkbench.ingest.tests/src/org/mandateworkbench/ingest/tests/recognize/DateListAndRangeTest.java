package org.mandateworkbench.ingest.tests.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.recognize.DateMention;
import org.mandateworkbench.ingest.recognize.DateRecognizer;

/** Two days joined by "和"/"及"/"、" and English ranges across months. */
class DateListAndRangeTest {

	private final DateRecognizer recognizer = new DateRecognizer();

	private List<String> spans(String text) {
		return recognizer.recognize(text).stream().map(d -> d.from() + "/" + d.to()).toList();
	}

	@Test
	void chineseDaysJoinedByAndGiveFirstAndLast() {
		assertEquals(List.of("2015-11-02/2015-11-03"), spans("于 2015 年 11 月 2 日和 3 日举行"));
		assertEquals(List.of("2020-03-30/2020-03-31"), spans("2020年3月30日及31日，维也纳"));
		assertEquals(List.of("2020-01-31/2020-02-01"), spans("2020年1月31日、2月1日"));
	}

	@Test
	void chineseSecondFullDateIsADateOfItsOwn() {
		assertEquals(List.of("2015-10-27/2015-10-27", "2016-03-01/2016-03-01"), spans("2015年10月27日和2016年3月1日"));
	}

	@Test
	void englishRangeAcrossMonths() {
		assertEquals(List.of("2021-05-31/2021-06-02"), spans("Vienna, 31 May-2 June 2021"));
		assertEquals(List.of("2017-11-30/2017-12-01"), spans("from 30 November to 1 December 2017"));
		assertEquals(List.of("2015-10-27/2015-10-28"), spans("on 27 and 28 October 2015"));
	}

	@Test
	void englishBackwardsRangeIsNotADate() {
		List<DateMention> found = recognizer.recognize("2 June-31 May 2021");
		assertEquals(List.of(LocalDate.of(2021, 5, 31)), found.stream().map(DateMention::from).toList());
	}

	@Test
	void englishMonthFirstDates() {
		assertEquals(List.of("2018-02-09/2018-02-09"), spans("dated February 9, 2018, the note"));
		assertEquals(List.of(), spans("February 30, 2018 and Mayday 9, 2018"));
	}

	@Test
	void chineseFullWidthDigits() {
		assertEquals(List.of("2018-02-09/2018-02-10"), spans("\uff12\uff10\uff11\uff18\u5e74\uff12\u6708\uff19\u65e5\u81f3\uff11\uff10\u65e5"));
	}
}
