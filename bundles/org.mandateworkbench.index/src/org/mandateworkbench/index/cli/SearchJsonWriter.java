package org.mandateworkbench.index.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mandateworkbench.index.query.FacetCount;
import org.mandateworkbench.index.query.SearchHit;
import org.mandateworkbench.index.query.SearchResult;

/**
 * Writes a search result as one JSON object with a stable shape, for scripts:
 * {@code {"query", "total", "hits": [{"id", "kind", "symbols", "paragraph", "date", "bodies", "snippet"}],
 * "facets": {dimension: {value: count}}}}. Hits keep their rank order, facet dimensions are sorted by
 * name and their values keep the descending-count order. Snippets keep their {@code <b>} markers.
 */
final class SearchJsonWriter {

    private final StringBuilder json = new StringBuilder();

    private SearchJsonWriter() {
    }

    /** @return the JSON text of a result for a query, on one line */
    static String write(String query, SearchResult result) {
        return new SearchJsonWriter().object(query, result).json.toString();
    }

    private SearchJsonWriter object(String query, SearchResult result) {
        json.append('{');
        name("query").string(query).append(','); //$NON-NLS-1$
        name("total").append(result.totalHits()).append(','); //$NON-NLS-1$
        name("hits").append('['); //$NON-NLS-1$
        for (int i = 0; i < result.hits().size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            hit(result.hits().get(i));
        }
        json.append("],"); //$NON-NLS-1$
        name("facets").append('{'); //$NON-NLS-1$
        boolean first = true;
        for (Map.Entry<String, List<FacetCount>> dimension : new TreeMap<>(result.facets()).entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            name(dimension.getKey()).append('{');
            for (int i = 0; i < dimension.getValue().size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                FacetCount count = dimension.getValue().get(i);
                name(count.value()).append(count.count());
            }
            json.append('}');
        }
        json.append("}}"); //$NON-NLS-1$
        return this;
    }

    private void hit(SearchHit hit) {
        json.append('{');
        name("id").string(hit.id()).append(','); //$NON-NLS-1$
        name("kind").string(hit.kind()).append(','); //$NON-NLS-1$
        name("symbols").strings(hit.symbols()).append(','); //$NON-NLS-1$
        name("paragraph").string(hit.paragraph()).append(','); //$NON-NLS-1$
        name("section").string(hit.section()).append(','); //$NON-NLS-1$
        name("date").string(hit.date()).append(','); //$NON-NLS-1$
        name("bodies").strings(hit.bodies()).append(','); //$NON-NLS-1$
        name("snippet").string(hit.snippet()); //$NON-NLS-1$
        json.append('}');
    }

    private SearchJsonWriter name(String name) {
        string(name).append(':');
        return this;
    }

    private SearchJsonWriter strings(List<String> values) {
        json.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            string(values.get(i));
        }
        json.append(']');
        return this;
    }

    private StringBuilder string(String value) {
        json.append('"');
        String text = value == null ? "" : value; //$NON-NLS-1$
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '"' -> json.append("\\\""); //$NON-NLS-1$
            case '\\' -> json.append("\\\\"); //$NON-NLS-1$
            case '\n' -> json.append("\\n"); //$NON-NLS-1$
            case '\r' -> json.append("\\r"); //$NON-NLS-1$
            case '\t' -> json.append("\\t"); //$NON-NLS-1$
            default -> {
                if (c < 0x20) {
                    json.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
                } else {
                    json.append(c);
                }
            }
            }
        }
        return json.append('"');
    }

    private StringBuilder append(char c) {
        return json.append(c);
    }

    private StringBuilder append(long n) {
        return json.append(n);
    }
}
