package org.mandateworkbench.cli.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the registered command a mistyped name was most likely meant to be. */
public final class CommandNameSuggester {

	private CommandNameSuggester() {
	}

	/**
	 * @param typed the unknown name the user typed
	 * @param names the registered names, in the order ties are decided
	 * @return the name with the smallest edit distance (ignoring case), if it is close enough to be
	 *         a plausible typo: at most 2 edits, or a third of the typed length for long names
	 */
	public static Optional<String> closest(String typed, Collection<String> names) {
		String needle = typed.toLowerCase(Locale.ROOT);
		int limit = Math.max(2, typed.length() / 3);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String name : names) {
			int distance = EditDistance.between(needle, name.toLowerCase(Locale.ROOT));
			if (distance < bestDistance) {
				best = name;
				bestDistance = distance;
			}
		}
		return bestDistance <= limit ? Optional.of(best) : Optional.empty();
	}
}
