package org.mandateworkbench.index.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The rankings of all judged queries, their means and how they compare with the floors.
 *
 * @param judgments the judgments evaluated
 * @param rankings  one ranking per judged query, in order
 * @param problems  what went wrong while importing the seeds (translated); the queries ran anyway
 * @param units     the number of units in the index the queries ran on
 */
public record SearchEvaluation(SearchJudgments judgments, List<QueryRanking> rankings, List<String> problems, int units) {

    /** Name of the mean precision at 5, as {@link #belowFloors()} reports it. */
    public static final String PRECISION_AT_5 = "P@5"; //$NON-NLS-1$
    /** Name of the mean reciprocal rank, as {@link #belowFloors()} reports it. */
    public static final String MEAN_RECIPROCAL_RANK = "MRR"; //$NON-NLS-1$

    /** Copies the lists. */
    public SearchEvaluation {
        rankings = List.copyOf(rankings);
        problems = List.copyOf(problems);
    }

    /** @return the mean precision at 5 over all queries, 0 without queries */
    public double meanPrecisionAt5() {
        return rankings.stream().mapToDouble(QueryRanking::precisionAt5).average().orElse(0);
    }

    /** @return the mean reciprocal rank over all queries, 0 without queries */
    public double meanReciprocalRank() {
        return rankings.stream().mapToDouble(QueryRanking::reciprocalRank).average().orElse(0);
    }

    /** @return the names of the means below their floors ({@link #PRECISION_AT_5}, {@link #MEAN_RECIPROCAL_RANK}) */
    public List<String> belowFloors() {
        List<String> below = new ArrayList<>();
        if (meanPrecisionAt5() < judgments.precisionAt5Floor()) {
            below.add(PRECISION_AT_5);
        }
        if (meanReciprocalRank() < judgments.reciprocalRankFloor()) {
            below.add(MEAN_RECIPROCAL_RANK);
        }
        return below;
    }
}
