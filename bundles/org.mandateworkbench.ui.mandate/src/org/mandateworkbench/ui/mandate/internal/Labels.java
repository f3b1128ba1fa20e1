package org.mandateworkbench.ui.mandate.internal;

import java.util.ArrayList;
import java.util.List;

import org.mandateworkbench.model.Actor;
import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.Meeting;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.ui.navigator.ModelLabels;

/** Names of enumeration values and composite facts in the UI language. */
final class Labels {

	private Labels() {
	}

	/** The edit bundle's name of a status, the one source of status names in the UI; empty for none. */
	static String status(MandateStatus status) {
		return status == null ? "" : ModelLabels.status(status); //$NON-NLS-1$
	}

	/** Whom the addressees name: all States parties, the secretariat, actors and bodies. */
	static String addressees(Addressees addressees, MandateEditorContext context) {
		if (addressees == null) {
			return Messages.value_none;
		}
		List<String> parts = new ArrayList<>();
		if (addressees.isAllStatesParties()) {
			parts.add(Messages.addressee_allStates);
		}
		if (addressees.isSecretariat()) {
			parts.add(Messages.addressee_secretariat);
		}
		for (Actor actor : addressees.getActors()) {
			parts.add(context.text(actor.getName()));
		}
		for (Body body : addressees.getBodies()) {
			parts.add(body.getAcronym());
		}
		return parts.isEmpty() ? Messages.value_none : String.join("; ", parts); //$NON-NLS-1$
	}

	/** A meeting by its body's symbol prefix, its number (or title) and its first day. */
	static String meeting(Meeting meeting, MandateEditorContext context) {
		if (meeting == null) {
			return Messages.value_none;
		}
		String body = meeting.getBody() == null ? "" //$NON-NLS-1$
				: meeting.getBody().getSymbolPrefix() != null ? meeting.getBody().getSymbolPrefix() : meeting.getBody().getAcronym();
		String name = meeting.getOrdinal() > 0 ? NLS.bind(Messages.meeting_numbered, body, meeting.getOrdinal())
				: (body + ' ' + context.text(meeting.getTitle())).strip();
		return meeting.getStartDate() == null ? name : name + " (" + IsoDates.format(meeting.getStartDate()) + ')'; //$NON-NLS-1$
	}

	/** The first words of a text, on one line. */
	static String shorten(String text, int length) {
		String line = text.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return line.length() <= length ? line : line.substring(0, length - 1) + '\u2026';
	}
}
