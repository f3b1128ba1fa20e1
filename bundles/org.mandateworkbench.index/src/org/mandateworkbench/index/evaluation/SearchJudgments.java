package org.mandateworkbench.index.evaluation;

import java.util.List;

/**
 * A judgments file: the documents to import, the judged queries and the floors the means must reach.
 *
 * @param source                  the file name, for messages
 * @param precisionAt5Floor       the lowest acceptable mean precision at 5
 * @param reciprocalRankFloor     the lowest acceptable mean reciprocal rank
 * @param seeds                   the documents to import, in order
 * @param queries                 the judged queries, in order
 */
public record SearchJudgments(String source, double precisionAt5Floor, double reciprocalRankFloor,
        List<SeedDocument> seeds, List<JudgedQuery> queries) {

    /** Copies the lists. */
    public SearchJudgments {
        seeds = List.copyOf(seeds);
        queries = List.copyOf(queries);
    }
}
