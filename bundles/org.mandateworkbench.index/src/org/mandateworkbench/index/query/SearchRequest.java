package org.mandateworkbench.index.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search as the user composed it: the typed text, how many hits, the order and the facet values
 * drilled down into. Values of one dimension are alternatives (OR); dimensions combine with AND.
 *
 * @param text       the typed query
 * @param limit      the maximum number of hits returned
 * @param order      relevance or date
 * @param drillDowns per facet dimension (index field name), the values chosen
 */
public record SearchRequest(String text, int limit, SearchOrder order, Map<String, List<String>> drillDowns) {

    /** Copies the drill-downs so the request cannot change afterwards. */
    public SearchRequest {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        drillDowns.forEach((dimension, values) -> {
            if (!values.isEmpty()) {
                copy.put(dimension, List.copyOf(values));
            }
        });
        drillDowns = Map.copyOf(copy);
    }

    /** @return a request by relevance with no drill-down */
    public static SearchRequest of(String text, int limit) {
        return new SearchRequest(text, limit, SearchOrder.RELEVANCE, Map.of());
    }

    /** @return this request in another order */
    public SearchRequest orderedBy(SearchOrder newOrder) {
        return new SearchRequest(text, limit, newOrder, drillDowns);
    }

    /** @return this request with one more value of a dimension drilled down into */
    public SearchRequest drillDown(String dimension, String value) {
        Map<String, List<String>> more = new LinkedHashMap<>(drillDowns);
        List<String> values = new ArrayList<>(more.getOrDefault(dimension, List.of()));
        if (!values.contains(value)) {
            values.add(value);
        }
        more.put(dimension, values);
        return new SearchRequest(text, limit, order, more);
    }

    /** @return this request without one value of a dimension */
    public SearchRequest withoutDrillDown(String dimension, String value) {
        Map<String, List<String>> fewer = new LinkedHashMap<>(drillDowns);
        List<String> values = new ArrayList<>(fewer.getOrDefault(dimension, List.of()));
        values.remove(value);
        fewer.put(dimension, values);
        return new SearchRequest(text, limit, order, fewer);
    }

    /** @return whether a value of a dimension is drilled down into */
    public boolean isDrilledDown(String dimension, String value) {
        return drillDowns.getOrDefault(dimension, List.of()).contains(value);
    }
}
