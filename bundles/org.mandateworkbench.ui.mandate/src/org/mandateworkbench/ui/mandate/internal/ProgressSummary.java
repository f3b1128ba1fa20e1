package org.mandateworkbench.ui.mandate.internal;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.model.progress.MandateProgress;
import org.mandateworkbench.model.progress.MandateStatusQuery;
import org.mandateworkbench.model.progress.NoteVerbaleProgress;

/**
 * The figures the overview shows for a mandate's progress, summed over its notes verbales, and
 * their wording. Derived from {@link MandateProgress}; no SWT.
 *
 * @param actionsDone         actions dated on or before the date
 * @param replies             replies received by the date to the mandate's notes verbales, with or
 *                            without a State
 * @param addressed           States addressed, summed over the notes verbales
 * @param responseRate        addressed States that replied / addressed States, over all notes;
 *                            empty when no State was addressed
 * @param daysSinceLastAction days since the last action; empty without one
 * @param overdue             the mandate is past its due date and not closed
 */
public record ProgressSummary(int actionsDone, int replies, int addressed, OptionalDouble responseRate,
		OptionalLong daysSinceLastAction, boolean overdue) {

	/** Sums the figures of a mandate's progress. */
	public static ProgressSummary of(MandateProgress progress) {
		int replies = 0;
		int addressed = 0;
		int answered = 0;
		for (NoteVerbaleProgress note : progress.noteVerbales()) {
			replies += MandateStatusQuery.responsesAsOf(note.noteVerbale(), progress.asOf()).size();
			addressed += note.addressed().size();
			answered += note.addressed().size() - note.outstanding().size();
		}
		OptionalDouble rate = addressed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) answered / addressed);
		return new ProgressSummary(progress.actionsDone(), replies, addressed, rate, progress.daysSinceLastAction(),
				progress.overdue());
	}

	/** @return the response rate in whole per cent, 0 without one: the progress bar's selection */
	public int percent() {
		return (int) Math.round(responseRate.orElse(0) * 100);
	}

	/** @return one line per figure, in the UI language */
	public List<String> lines() {
		String rate = responseRate.isPresent() ? NLS.bind(Messages.progress_percent, percent()) : Messages.progress_none;
		String days = daysSinceLastAction.isPresent() ? String.valueOf(daysSinceLastAction.getAsLong()) : Messages.progress_none;
		return List.of(NLS.bind(Messages.progress_actionsDone, actionsDone),
				NLS.bind(Messages.progress_replies, replies, addressed),
				NLS.bind(Messages.progress_responseRate, rate),
				NLS.bind(Messages.progress_daysSinceLastAction, days),
				overdue ? Messages.progress_overdue : Messages.progress_notOverdue);
	}
}
