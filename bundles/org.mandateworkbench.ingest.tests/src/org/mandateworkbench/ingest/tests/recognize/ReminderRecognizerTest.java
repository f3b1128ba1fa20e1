package org.mandateworkbench.ingest.tests.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.recognize.NoteVerbaleMention;
import org.mandateworkbench.ingest.recognize.NoteVerbaleRecognizer;

/** Reminders written as "催复照会" and notes called just "照会". */
class ReminderRecognizerTest {

	private final NoteVerbaleRecognizer recognizer = new NoteVerbaleRecognizer();

	@Test
	void chineseReminderNoteIsAReminder() {
		List<NoteVerbaleMention> found = recognizer.notes("秘书处于 2019 年 12 月 2 日发出照会，并于 2020 年 1 月 15 日发出催复照会。");
		assertEquals(List.of(LocalDate.of(2019, 12, 2), LocalDate.of(2020, 1, 15)), found.stream().map(NoteVerbaleMention::date).toList());
		assertEquals(List.of(false, true), found.stream().map(NoteVerbaleMention::reminder).toList());
	}

	@Test
	void englishReminderAfterANote() {
		List<NoteVerbaleMention> found = recognizer.notes("a note verbale dated 11 January 2021 and a reminder dated 1 March 2021.");
		assertEquals(List.of(false, true), found.stream().map(NoteVerbaleMention::reminder).toList());
	}

	@Test
	void dateOfAMeetingIsNotANote() {
		assertEquals(List.of(), recognizer.notes("会议于 2020 年 1 月 15 日举行，秘书处随后发出照会。"));
	}

	@Test
	void englishNoteSentOnADateAndReminderNote() {
		List<NoteVerbaleMention> found = recognizer.notes("a note verbale sent on 9 February 2018; a reminder note verbale dated 8 May 2018.");
		assertEquals(List.of(LocalDate.of(2018, 2, 9), LocalDate.of(2018, 5, 8)), found.stream().map(NoteVerbaleMention::date).toList());
		assertEquals(List.of(false, true), found.stream().map(NoteVerbaleMention::reminder).toList());
	}

	@Test
	void englishNoteSentToAddresseesOnADate() {
		List<NoteVerbaleMention> found = recognizer.notes("The Secretariat sent a note verbale to all Member States and observers on 17 January 2017. The meeting of 9 May 2017 noted it.");
		assertEquals(List.of(LocalDate.of(2017, 1, 17)), found.stream().map(NoteVerbaleMention::date).toList());
	}

	@Test
	void twoDaysBeforeNotesVerbalesAreTwoNotes() {
		List<LocalDate> expected = List.of(LocalDate.of(2017, 1, 17), LocalDate.of(2017, 5, 8));
		assertEquals(expected, recognizer.notes("in notes verbales dated 17 January and 8 May 2017, the Secretariat asked")
				.stream().map(NoteVerbaleMention::date).toList());
		assertEquals(expected, recognizer.notes("秘书处在 2017 年 1 月 17 日和 5 月 8 日的普通照会中请各国提供资料。")
				.stream().map(NoteVerbaleMention::date).toList());
	}
}
