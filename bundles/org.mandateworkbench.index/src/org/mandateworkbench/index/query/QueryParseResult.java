package org.mandateworkbench.index.query;

import java.util.Optional;

import org.apache.lucene.search.Query;

/**
 * The outcome of parsing a search string: a query, or the position of the syntax error and a hint.
 *
 * @param query         the parsed query, null when the text has an error
 * @param errorPosition zero-based character position of the error in the text, -1 when none
 * @param hint          what was wrong and what was expected (localized), empty when none
 */
public record QueryParseResult(Query query, int errorPosition, String hint) {

    /** @return a successful result */
    public static QueryParseResult of(Query query) {
        return new QueryParseResult(query, -1, ""); //$NON-NLS-1$
    }

    /** @return a failed result */
    public static QueryParseResult error(int position, String hint) {
        return new QueryParseResult(null, position, hint);
    }

    /** @return whether the text parsed */
    public boolean isValid() {
        return query != null;
    }

    /** @return the query when the text parsed */
    public Optional<Query> asOptional() {
        return Optional.ofNullable(query);
    }
}
