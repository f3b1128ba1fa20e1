package org.mandateworkbench.index.evaluation;

import java.util.Set;

/**
 * One judged query: what a user types and the units a good ranking puts in the top 5.
 *
 * @param line     the line of the judgments file, for messages
 * @param query    the query as typed in the search box
 * @param relevant the ids of the units judged relevant (as {@link org.mandateworkbench.index.schema.UnitIds}
 *                 names them); an id ending in {@value #ANY} stands for every unit whose id starts with it
 */
public record JudgedQuery(int line, String query, Set<String> relevant) {

    /** Ends an id that stands for every unit id starting with it. */
    public static final String ANY = "*"; //$NON-NLS-1$

    /** Copies the set. */
    public JudgedQuery {
        relevant = Set.copyOf(relevant);
    }

    /** @return whether the unit with this id is judged relevant */
    public boolean isRelevant(String id) {
        return relevant.stream().anyMatch(judged -> matches(judged, id));
    }

    /** @return the number of relevant units; {@link Integer#MAX_VALUE} when a prefix stands for many */
    public int relevantCount() {
        return relevant.stream().anyMatch(judged -> judged.endsWith(ANY)) ? Integer.MAX_VALUE : relevant.size();
    }

    /**
     * @param judged an id or prefix of this query
     * @param id     a unit id
     * @return whether the judged id or prefix covers the unit id
     */
    static boolean matches(String judged, String id) {
        return judged.endsWith(ANY) ? id.startsWith(judged.substring(0, judged.length() - ANY.length()))
                : judged.equals(id);
    }
}
