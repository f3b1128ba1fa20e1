package org.mandateworkbench.index.query;

/**
 * How many hits have one facet value.
 *
 * @param value the value, e.g. 2019 or KOR
 * @param count the number of hits with it
 */
public record FacetCount(String value, int count) {
}
