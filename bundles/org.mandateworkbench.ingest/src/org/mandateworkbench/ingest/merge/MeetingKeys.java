package org.mandateworkbench.ingest.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Meeting;

/**
 * The keys people name a meeting by: its body's symbol prefix and its ordinal, as {@code mwb report
 * progress-note --meeting} takes them ({@code CAC/COSP/EG.1/7}; the navigator shows "Meeting 7" under
 * the body {@code CAC/COSP/EG.1}), or the meeting's id (the Id row of the Properties part), which every
 * meeting has, also one without an ordinal.
 */
public final class MeetingKeys {

	private MeetingKeys() {
	}

	/** The key a meeting is best named by: PREFIX/ORDINAL when it has both (and is not resumed), else its id. */
	public static String key(Meeting meeting) {
		Body body = meeting.getBody();
		if (body != null && body.getSymbolPrefix() != null && meeting.getOrdinal() > 0 && !meeting.isResumed()) {
			return body.getSymbolPrefix() + '/' + meeting.getOrdinal();
		}
		return String.valueOf(meeting.getId());
	}

	/** The key with the meeting's first day, for messages: {@code CAC/COSP/EG.1/7 (2017-11-06)}. */
	public static String describe(Meeting meeting) {
		return meeting.getStartDate() == null ? key(meeting) : key(meeting) + " (" + meeting.getStartDate() + ')'; //$NON-NLS-1$
	}

	/** Finds the meeting named by a key (its id, or PREFIX/ORDINAL; case does not matter). */
	public static Optional<Meeting> find(MandateWorkspace workspace, String key) {
		String wanted = key.strip();
		for (Meeting meeting : meetings(workspace)) {
			if (wanted.equals(meeting.getId())) {
				return Optional.of(meeting);
			}
		}
		for (Meeting meeting : meetings(workspace)) {
			if (wanted.equalsIgnoreCase(key(meeting))) {
				return Optional.of(meeting);
			}
		}
		return Optional.empty();
	}

	/** Every meeting of every body, in the order of the workspace. */
	public static List<Meeting> meetings(MandateWorkspace workspace) {
		List<Meeting> meetings = new ArrayList<>();
		for (Body body : workspace.getBodies()) {
			meetings.addAll(body.getMeetings());
		}
		return meetings;
	}

	/** The keys of every meeting, comma-separated, for an error message; empty when there is none. */
	public static String known(MandateWorkspace workspace) {
		return String.join(", ", meetings(workspace).stream().map(MeetingKeys::key).toList()); //$NON-NLS-1$
	}
}
