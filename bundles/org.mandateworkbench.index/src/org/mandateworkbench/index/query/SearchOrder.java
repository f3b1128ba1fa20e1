package org.mandateworkbench.index.query;

/** How hits are ordered. */
public enum SearchOrder {
    /** Best match first. */
    RELEVANCE,
    /** Newest first; units without a date come last. */
    DATE
}
