package org.mandateworkbench.ui.dashboard.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.RegionalGroup;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.progress.MandateProgress;
import org.mandateworkbench.model.progress.NoteVerbaleProgress;

/**
 * Response rates by regional group over the notes verbales sent by a date: each time a note addressed
 * a State counts once, and counts as answered when that State had replied to it by the date.
 */
public final class RegionalResponseRates {

	/** How often one State was asked and answered. */
	public record StateTally(State state, int addressed, int replied) {
	}

	/** The tallies of a group's States, in workspace order. */
	public record GroupRate(RegionalGroup group, List<StateTally> states) {

		public int addressed() {
			return states.stream().mapToInt(StateTally::addressed).sum();
		}

		public int replied() {
			return states.stream().mapToInt(StateTally::replied).sum();
		}

		/** @return replied / addressed, 0 when none of its States was addressed */
		public double rate() {
			return addressed() == 0 ? 0 : (double) replied() / addressed();
		}
	}

	private RegionalResponseRates() {
	}

	/** @return one entry per regional group that had an addressed State, groups in declaration order */
	public static List<GroupRate> of(MandateWorkspace workspace, LocalDate asOf) {
		Map<State, int[]> tallies = new LinkedHashMap<>();
		for (Mandate mandate : workspace.getMandates()) {
			for (NoteVerbaleProgress note : MandateProgress.of(mandate, asOf).noteVerbales()) {
				for (State state : note.addressed()) {
					int[] tally = tallies.computeIfAbsent(state, s -> new int[2]);
					tally[0]++;
					if (note.replied().contains(state)) {
						tally[1]++;
					}
				}
			}
		}
		Map<RegionalGroup, List<StateTally>> byGroup = new EnumMap<>(RegionalGroup.class);
		tallies.forEach((state, tally) -> byGroup.computeIfAbsent(state.getRegionalGroup(), g -> new ArrayList<>())
				.add(new StateTally(state, tally[0], tally[1])));
		List<GroupRate> rates = new ArrayList<>();
		byGroup.forEach((group, states) -> rates.add(new GroupRate(group, List.copyOf(states))));
		return rates;
	}
}
