package org.mandateworkbench.ui.dashboard.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.progress.MandateProgress;
import org.mandateworkbench.model.progress.NoteVerbaleProgress;

/**
 * The mandates and notes verbales overdue on a date, as {@link MandateProgress#overdue()} and
 * {@link NoteVerbaleProgress#overdue()} define it.
 *
 * @param mandates overdue mandates, in workspace order
 * @param notes    overdue notes verbales, in workspace order
 */
public record OverdueItems(List<MandateProgress> mandates, List<NoteVerbaleProgress> notes) {

	public static OverdueItems of(MandateWorkspace workspace, LocalDate asOf) {
		List<MandateProgress> mandates = new ArrayList<>();
		List<NoteVerbaleProgress> notes = new ArrayList<>();
		for (Mandate mandate : workspace.getMandates()) {
			MandateProgress progress = MandateProgress.of(mandate, asOf);
			if (progress.overdue()) {
				mandates.add(progress);
			}
			progress.noteVerbales().stream().filter(NoteVerbaleProgress::overdue).forEach(notes::add);
		}
		return new OverdueItems(List.copyOf(mandates), List.copyOf(notes));
	}
}
