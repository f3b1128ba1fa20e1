package org.mandateworkbench.index.query;

/**
 * How hits are ordered. Both orders end with the unit id (numbers in it compared as numbers, see
 * {@link org.mandateworkbench.index.schema.UnitIds#orderKey}), so hits that tie on everything else
 * keep their order from one rebuild of the index to the next.
 */
public enum SearchOrder {
    /** Best match first; equal scores newest first (undated last), then by unit id. */
    RELEVANCE,
    /** Newest first; units without a date come last; the same date best match first, then by unit id. */
    DATE
}
