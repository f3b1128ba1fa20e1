package org.mandateworkbench.index.query;

import java.util.List;
import java.util.Map;

/**
 * What a search returns: the parse outcome, the hits and the facet counts per dimension.
 *
 * @param parse     the parse result; when invalid, hits and facets are empty
 * @param totalHits the number of matching units (may be a lower bound for very large results)
 * @param hits      the best hits, best first
 * @param facets    per facet dimension (index field name), the values by descending count
 */
public record SearchResult(QueryParseResult parse, long totalHits, List<SearchHit> hits,
        Map<String, List<FacetCount>> facets) {

    /** @return the counts of one dimension, empty when none */
    public List<FacetCount> facet(String dimension) {
        return facets.getOrDefault(dimension, List.of());
    }

    /** @return the count of one facet value, 0 when absent */
    public int count(String dimension, String value) {
        return facet(dimension).stream().filter(f -> f.value().equals(value)).mapToInt(FacetCount::count).sum();
    }
}
