package org.mandateworkbench.ingest.tests.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.recognize.MeetingDetails;
import org.mandateworkbench.ingest.recognize.MeetingRecognizer;

class MeetingRecognizerTest {

	private final MeetingRecognizer recognizer = new MeetingRecognizer();

	@Test
	void readsChineseMeetingLine() {
		MeetingDetails m = recognizer.recognize("2021年3月15日至17日，日内瓦");
		assertEquals(new MeetingDetails(0, Optional.of(LocalDate.of(2021, 3, 15)), Optional.of(LocalDate.of(2021, 3, 17)),
				Optional.of("日内瓦")), m);
	}

	@Test
	void readsChineseReportTitle() {
		MeetingDetails m = recognizer.recognize("2020 年 9 月 2 日在纽约举行的第十二次资产追回问题工作组会议的报告");
		assertEquals(12, m.ordinal());
		assertEquals(Optional.of(LocalDate.of(2020, 9, 2)), m.from());
		assertEquals(Optional.of(LocalDate.of(2020, 9, 2)), m.to());
		assertEquals(Optional.of("纽约"), m.venue());
	}

	@Test
	void readsEnglishMeetingLine() {
		MeetingDetails m = recognizer.recognize("Geneva, 15-17 March 2021");
		assertEquals(new MeetingDetails(0, Optional.of(LocalDate.of(2021, 3, 15)), Optional.of(LocalDate.of(2021, 3, 17)),
				Optional.of("Geneva")), m);
	}

	@Test
	void readsEnglishReportTitle() {
		MeetingDetails m = recognizer.recognize("Report on the twelfth meeting of the working group held in New York on 2 September 2020");
		assertEquals(12, m.ordinal());
		assertEquals(Optional.of(LocalDate.of(2020, 9, 2)), m.from());
		assertEquals(Optional.of("New York"), m.venue());
		assertEquals(3, recognizer.recognize("Report of the 3rd session of the Conference").ordinal());
	}

	@Test
	void lineWithoutMeetingIsEmpty() {
		assertTrue(recognizer.recognize("关于证人保护的资料汇编").isEmpty());
		assertTrue(recognizer.recognize("Compilation of practices on witness protection").isEmpty());
	}
}
