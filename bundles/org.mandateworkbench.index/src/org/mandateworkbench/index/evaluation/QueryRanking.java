package org.mandateworkbench.index.evaluation;

import java.util.List;
import java.util.Optional;

/**
 * What the index returned for one judged query, and its scores.
 *
 * @param judged the judged query
 * @param ids    the ids of the hits, best first
 * @param error  the syntax error of the query, if it had one (then there are no hits)
 */
public record QueryRanking(JudgedQuery judged, List<String> ids, Optional<String> error) {

    /** The rank up to which hits count for precision. */
    public static final int CUTOFF = 5;

    /** Copies the list. */
    public QueryRanking {
        ids = List.copyOf(ids);
    }

    /**
     * @return the relevant hits among the first five, divided by the smaller of five and the number of
     *         relevant units, so that a perfect ranking scores 1 even for a query with one relevant unit
     */
    public double precisionAt5() {
        long found = ids.stream().limit(CUTOFF).filter(judged::isRelevant).count();
        return (double) found / Math.min(CUTOFF, judged.relevantCount());
    }

    /** @return 1 / the rank of the first relevant hit, 0 when no hit is relevant */
    public double reciprocalRank() {
        int rank = firstRelevantRank();
        return rank == 0 ? 0 : 1.0 / rank;
    }

    /** @return the rank (from 1) of the first relevant hit, 0 when no hit is relevant */
    public int firstRelevantRank() {
        for (int i = 0; i < ids.size(); i++) {
            if (judged.isRelevant(ids.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** @return the judged ids (and prefixes) that no hit among the first five matches */
    public List<String> missedInTop5() {
        List<String> top = ids.stream().limit(CUTOFF).toList();
        return judged.relevant().stream().filter(judgedId -> top.stream().noneMatch(id -> JudgedQuery.matches(judgedId, id)))
                .sorted().toList();
    }
}
