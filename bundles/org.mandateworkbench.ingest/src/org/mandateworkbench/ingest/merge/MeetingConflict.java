package org.mandateworkbench.ingest.merge;

import java.util.Objects;

import org.mandateworkbench.model.Meeting;

/**
 * A file imported into a chosen meeting that clearly names another one: its symbol belongs to another
 * body, its meeting line gives another ordinal or dates outside the chosen meeting's, or the workspace
 * already places the document at another meeting. The user decides which wins
 * ({@link ImportTarget#followingFile(String)}).
 *
 * @param source     the file, as the proposal names it
 * @param fileSays   what the file says, as read (its symbol, its meeting line, or the meeting it is at)
 * @param target     the chosen meeting
 * @param keptTarget whether the plan places the document in the chosen meeting (else as the file says)
 * @param message    the warning, translated, naming the file, what it says and the chosen meeting
 */
public record MeetingConflict(String source, String fileSays, Meeting target, boolean keptTarget, String message) {

	/** Checks the values. */
	public MeetingConflict {
		Objects.requireNonNull(source);
		Objects.requireNonNull(fileSays);
		Objects.requireNonNull(target);
		Objects.requireNonNull(message);
	}
}
