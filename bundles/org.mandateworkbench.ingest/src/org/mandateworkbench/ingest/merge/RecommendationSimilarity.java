package org.mandateworkbench.ingest.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mandateworkbench.model.LocalizedString;
import org.mandateworkbench.model.Recommendation;

/**
 * Chooses which recommendation without a document an imported item is: the one with the same
 * paragraph number and letter. When several share them (two lists of one meeting typed in by hand),
 * the item's text decides, compared with each one's text in the same language by the share of
 * common character pairs; without a clear winner nothing is matched and the item is added.
 */
final class RecommendationSimilarity {

	/** Below this Dice coefficient two texts are not the same recommendation. */
	static final double MIN_SIMILARITY = 0.3;

	private RecommendationSimilarity() {
	}

	/**
	 * @param candidates recommendations without a document, of the importing meeting
	 * @param paragraph  the item's paragraph number
	 * @param letter     the item's letter
	 * @param language   the language of the item's text
	 * @param text       the item's text
	 * @return the recommendation the item is, if exactly one fits
	 */
	static Optional<Recommendation> bestMatch(List<Recommendation> candidates, int paragraph, String letter,
			String language, String text) {
		List<Recommendation> same = candidates.stream()
				.filter(r -> r.getParagraphNumber() == paragraph && letter.equals(r.getLetter())).toList();
		if (same.size() <= 1) {
			return same.stream().findFirst();
		}
		Recommendation best = null;
		double bestScore = MIN_SIMILARITY;
		boolean tie = false;
		for (Recommendation candidate : same) {
			double score = textIn(candidate, language).map(t -> dice(t, text)).orElse(0.0);
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
				tie = false;
			} else if (best != null && score == bestScore) {
				tie = true;
			}
		}
		return tie ? Optional.empty() : Optional.ofNullable(best);
	}

	private static Optional<String> textIn(Recommendation recommendation, String language) {
		if (recommendation.getText() == null) {
			return Optional.empty();
		}
		return recommendation.getText().getValues().stream().filter(v -> language.equals(v.getLanguage()))
				.map(LocalizedString::getValue).findFirst();
	}

	/** Dice coefficient of the character pairs of two texts, ignoring case and white space. */
	static double dice(String a, String b) {
		Map<String, Integer> pairs = pairs(a);
		Map<String, Integer> other = pairs(b);
		int total = count(pairs) + count(other);
		if (total == 0) {
			return 0;
		}
		int common = 0;
		for (Map.Entry<String, Integer> entry : pairs.entrySet()) {
			common += Math.min(entry.getValue(), other.getOrDefault(entry.getKey(), 0));
		}
		return 2.0 * common / total;
	}

	private static Map<String, Integer> pairs(String text) {
		String squeezed = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Integer> pairs = new HashMap<>();
		for (int i = 0; i + 1 < squeezed.length(); i++) {
			pairs.merge(squeezed.substring(i, i + 2), 1, Integer::sum);
		}
		return pairs;
	}

	private static int count(Map<String, Integer> pairs) {
		return pairs.values().stream().mapToInt(Integer::intValue).sum();
	}
}
