package org.mandateworkbench.ui.dashboard.figures;

import java.time.LocalDate;
import java.util.List;

import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.progress.MandateProgress;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.model.progress.OutstandingRecommendations;

/**
 * Outstanding recommendations at least N years old on which nothing was ever done: no mandate names
 * them, or none of the mandates naming them has an action dated by the as-of date.
 */
public final class NeglectedRecommendations {

	private NeglectedRecommendations() {
	}

	/**
	 * @param minYears the minimum age in whole years; undated recommendations never qualify
	 * @return oldest first, as {@link OutstandingRecommendations#of} orders them
	 */
	public static List<OutstandingRecommendation> of(MandateWorkspace workspace, LocalDate asOf, int minYears) {
		return OutstandingRecommendations.of(workspace, asOf).stream()
				.filter(o -> o.ageYears().isPresent() && o.ageYears().getAsInt() >= minYears)
				.filter(o -> o.mandates().stream().allMatch(m -> MandateProgress.of(m, asOf).actionsDone() == 0))
				.toList();
	}
}
