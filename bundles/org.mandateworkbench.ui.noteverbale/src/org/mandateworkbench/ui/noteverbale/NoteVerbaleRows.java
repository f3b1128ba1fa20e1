package org.mandateworkbench.ui.noteverbale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateAction;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.NoteVerbaleReminder;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.progress.MandateStatusQuery;
import org.mandateworkbench.model.progress.NoteVerbaleProgress;

/**
 * The rows the note-verbale view shows, read from the model and its progress figures: no counting of
 * its own beyond listing.
 */
public final class NoteVerbaleRows {

	/**
	 * One line of the lower table: a reply received by the as-of date, or an addressed State still
	 * outstanding.
	 *
	 * @param state    the State, {@code null} for a reply recorded without one
	 * @param response the reply, {@code null} when the State is outstanding
	 */
	public record StateRow(State state, StateResponse response) {

		/** @return whether the State had not replied by the as-of date */
		public boolean outstanding() {
			return response == null;
		}
	}

	private NoteVerbaleRows() {
	}

	/** @return every note verbale of the workspace's mandates, oldest first; undated last */
	public static List<NoteVerbale> notes(MandateWorkspace workspace) {
		List<NoteVerbale> notes = new ArrayList<>();
		for (Mandate mandate : workspace.getMandates()) {
			for (MandateAction action : mandate.getActions()) {
				if (action instanceof NoteVerbale note) {
					notes.add(note);
				}
			}
		}
		notes.sort((a, b) -> a.getDate() == null ? (b.getDate() == null ? 0 : 1)
				: b.getDate() == null ? -1 : a.getDate().compareTo(b.getDate()));
		return notes;
	}

	/** @return how many reminders of the note the workspace records */
	public static int reminders(MandateWorkspace workspace, NoteVerbale note) {
		int count = 0;
		for (Mandate mandate : workspace.getMandates()) {
			for (MandateAction action : mandate.getActions()) {
				if (action instanceof NoteVerbaleReminder reminder && reminder.getReminded() == note) {
					count++;
				}
			}
		}
		return count;
	}

	/**
	 * The replies received by the date, oldest first, then the addressed States outstanding on it, in
	 * workspace order.
	 */
	public static List<StateRow> states(NoteVerbale note, LocalDate asOf) {
		List<StateRow> rows = new ArrayList<>();
		for (StateResponse response : MandateStatusQuery.responsesAsOf(note, asOf)) {
			rows.add(new StateRow(response.getState(), response));
		}
		for (State state : NoteVerbaleProgress.of(note, asOf).outstanding()) {
			rows.add(new StateRow(state, null));
		}
		return rows;
	}
}
