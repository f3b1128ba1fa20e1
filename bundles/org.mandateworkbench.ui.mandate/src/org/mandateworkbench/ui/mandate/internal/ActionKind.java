package org.mandateworkbench.ui.mandate.internal;

import org.mandateworkbench.model.DocumentIssued;
import org.mandateworkbench.model.ExpertPanel;
import org.mandateworkbench.model.MandateAction;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.NoteVerbaleReminder;
import org.mandateworkbench.model.ReportedToMeeting;

/** The kinds of action the editor can add to a mandate, and how it names every kind. */
public enum ActionKind {
	NOTE_VERBALE, REMINDER, PANEL, DOCUMENT;

	/** @return the kind's name in the UI language */
	public String label() {
		return switch (this) {
			case NOTE_VERBALE -> Messages.action_noteVerbale;
			case REMINDER -> Messages.action_reminder;
			case PANEL -> Messages.action_panel;
			case DOCUMENT -> Messages.action_document;
		};
	}

	/** @return the name of an existing action's kind in the UI language */
	public static String labelOf(MandateAction action) {
		if (action instanceof NoteVerbale) {
			return NOTE_VERBALE.label();
		}
		if (action instanceof NoteVerbaleReminder) {
			return REMINDER.label();
		}
		if (action instanceof ExpertPanel) {
			return PANEL.label();
		}
		if (action instanceof DocumentIssued) {
			return DOCUMENT.label();
		}
		return action instanceof ReportedToMeeting ? Messages.action_reported : action.eClass().getName();
	}
}
