package org.mandateworkbench.ingest.tests.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.recognize.NoteVerbaleMention;
import org.mandateworkbench.ingest.recognize.NoteVerbaleRecognizer;
import org.mandateworkbench.ingest.recognize.ReplyCount;

class NoteVerbaleRecognizerTest {

	private final NoteVerbaleRecognizer recognizer = new NoteVerbaleRecognizer();

	@Test
	void readsChineseNoteAndReminderWithTopics() {
		List<NoteVerbaleMention> notes = recognizer.notes("秘书处 2017 年 5 月 2 日的普通照会请各国提供资产追回资料，随后于 2017 年 6 月 1 日发出提醒。");
		assertEquals(2, notes.size());
		assertEquals(LocalDate.of(2017, 5, 2), notes.get(0).date());
		assertFalse(notes.get(0).reminder());
		assertEquals(List.of("assetRecovery"), notes.get(0).topics());
		assertTrue(notes.get(1).reminder());
	}

	@Test
	void readsEnglishNoteVerbaleDated() {
		String text = "In a note verbale dated 9 February 2018, the Secretariat asked about extradition.";
		List<NoteVerbaleMention> notes = recognizer.notes(text);
		assertEquals(1, notes.size());
		assertEquals("note verbale dated 9 February 2018", text.substring(notes.get(0).start(), notes.get(0).end()));
		assertEquals(List.of("extradition"), notes.get(0).topics());
	}

	@Test
	void readsNoteNamedAfterVerbAndObject() {
		List<NoteVerbaleMention> zh = recognizer.notes("秘书处于 2018 年 2 月 9 日向缔约国发出一份普通照会。");
		assertEquals(List.of(LocalDate.of(2018, 2, 9)), zh.stream().map(NoteVerbaleMention::date).toList());
		List<NoteVerbaleMention> en = recognizer.notes("On 2 May 2017 the Secretariat sent a note verbale on asset recovery.");
		assertEquals(List.of("assetRecovery"), en.get(0).topics());
	}

	@Test
	void noteInAnotherSentenceIsNotDatedByThisDate() {
		assertTrue(recognizer.notes("会议于 2018 年 6 月 8 日举行。普通照会另行发出。").isEmpty());
	}

	@Test
	void dateWithoutNoteIsNoNote() {
		assertTrue(recognizer.notes("会议于 2018 年 6 月 8 日举行。The meeting on 8 June 2018.").isEmpty());
	}

	@Test
	void readsReplyCountsInBothLanguages() {
		String text = "截至 2018 年 3 月 15 日，有 13 个缔约国作出答复。";
		List<ReplyCount> zh = recognizer.replyCounts(text);
		assertEquals(List.of(new ReplyCount(0, text.indexOf('。'), LocalDate.of(2018, 3, 15), 13)), zh);
		List<ReplyCount> en = recognizer.replyCounts("As at 15 March 2018, 13 States had replied.");
		assertEquals(1, en.size());
		assertEquals(13, en.get(0).count());
		assertEquals(LocalDate.of(2018, 3, 15), en.get(0).asOf());
	}

	@Test
	void countWithoutAsAtIsNotAReplyCount() {
		assertTrue(recognizer.replyCounts("2018 年 3 月 15 日，有 13 个缔约国作出答复。").isEmpty());
	}
}
