package org.mandateworkbench.index.tests.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.evaluation.JudgedQuery;
import org.mandateworkbench.index.evaluation.QueryRanking;
import org.mandateworkbench.index.evaluation.SearchEvaluation;
import org.mandateworkbench.index.evaluation.SearchJudgments;

/** Precision at 5, reciprocal rank and the floors, on rankings written out by hand. */
class QueryRankingTest {

    private static QueryRanking ranking(Set<String> relevant, String... ids) {
        return new QueryRanking(new JudgedQuery(1, "q", relevant), List.of(ids), Optional.empty());
    }

    @Test
    void oneRelevantUnitAnywhereInTheTopFiveIsPerfectPrecision() {
        QueryRanking third = ranking(Set.of("c"), "a", "b", "c", "d");
        assertEquals(1.0, third.precisionAt5());
        assertEquals(3, third.firstRelevantRank());
        assertEquals(1.0 / 3, third.reciprocalRank(), 1e-9);
        assertEquals(List.of(), third.missedInTop5());
    }

    @Test
    void manyRelevantUnitsCountAtMostFive() {
        Set<String> seven = Set.of("r1", "r2", "r3", "r4", "r5", "r6", "r7");
        assertEquals(0.6, ranking(seven, "r1", "x", "r2", "y", "r3", "r4").precisionAt5(), 1e-9);
        assertEquals(1.0, ranking(seven, "r7", "r6", "r5", "r4", "r3").precisionAt5());
        assertEquals(0.5, ranking(Set.of("a", "b"), "a", "x", "y", "z", "w", "b").precisionAt5());
        assertEquals(List.of("b"), ranking(Set.of("a", "b"), "a", "x", "y", "z", "w", "b").missedInTop5());
    }

    @Test
    void aPrefixCountsAsFiveRelevantUnits() {
        QueryRanking prefix = ranking(Set.of("DOC@zh*"), "DOC@zh\u00b61", "other", "DOC@zh\u00b62", "DOC@zh", "x");
        assertEquals(0.6, prefix.precisionAt5(), 1e-9);
        assertEquals(1.0, prefix.reciprocalRank());
    }

    @Test
    void noRelevantHitScoresZero() {
        QueryRanking none = ranking(Set.of("a"), "x", "y");
        assertEquals(0, none.precisionAt5());
        assertEquals(0, none.reciprocalRank());
        assertEquals(0, none.firstRelevantRank());
        assertEquals(List.of("a"), none.missedInTop5());
    }

    @Test
    void meansAreComparedWithTheirFloors() {
        List<QueryRanking> rankings = List.of(ranking(Set.of("a"), "a"), ranking(Set.of("b"), "x", "b"),
                ranking(Set.of("c"), "x"));
        SearchJudgments judgments = new SearchJudgments("j.tsv", 0.6, 0.5, List.of(),
                rankings.stream().map(QueryRanking::judged).toList());
        SearchEvaluation evaluation = new SearchEvaluation(judgments, rankings, List.of(), 3);
        assertEquals(2.0 / 3, evaluation.meanPrecisionAt5(), 1e-9);
        assertEquals(0.5, evaluation.meanReciprocalRank(), 1e-9);
        assertEquals(List.of(), evaluation.belowFloors());
        SearchJudgments strict = new SearchJudgments("j.tsv", 0.7, 0.51, List.of(), judgments.queries());
        assertEquals(List.of(SearchEvaluation.PRECISION_AT_5, SearchEvaluation.MEAN_RECIPROCAL_RANK),
                new SearchEvaluation(strict, rankings, List.of(), 3).belowFloors());
    }
}
