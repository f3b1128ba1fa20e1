package org.mandateworkbench.ingest.evaluation;

/**
 * Counts of one field over the documents evaluated.
 *
 * @param truePositives  facts found and expected
 * @param falsePositives facts found but not expected
 * @param falseNegatives facts expected but not found
 */
public record FieldScore(int truePositives, int falsePositives, int falseNegatives) {

	/** No facts. */
	public static final FieldScore EMPTY = new FieldScore(0, 0, 0);

	/** @return the sum of both scores' counts */
	public FieldScore plus(FieldScore other) {
		return new FieldScore(truePositives + other.truePositives, falsePositives + other.falsePositives,
				falseNegatives + other.falseNegatives);
	}

	/** @return the share of found facts that were expected; 1 when nothing was found */
	public double precision() {
		int found = truePositives + falsePositives;
		return found == 0 ? 1.0 : (double) truePositives / found;
	}

	/** @return the share of expected facts that were found; 1 when nothing was expected */
	public double recall() {
		int expected = truePositives + falseNegatives;
		return expected == 0 ? 1.0 : (double) truePositives / expected;
	}
}
