package org.mandateworkbench.ingest.recognize;

import java.time.LocalDate;
import java.util.List;

/**
 * A note verbale or a reminder mentioned in text, with its date.
 *
 * @param start    offset of the first character
 * @param end      offset after the last character
 * @param date     the date of the note
 * @param reminder whether the text calls it a reminder
 * @param topics   topics named in the same sentence (see {@link TopicRecognizer})
 */
public record NoteVerbaleMention(int start, int end, LocalDate date, boolean reminder, List<String> topics) {

	/** Copies the topics. */
	public NoteVerbaleMention {
		topics = List.copyOf(topics);
	}
}
