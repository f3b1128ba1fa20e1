package org.mandateworkbench.ui.search;

import java.util.List;

import org.mandateworkbench.index.query.FacetCount;

/** A row of the facet tree: a dimension with its values, or one value with its count. */
sealed interface FacetNode {

	/** @return the facet dimension (index field name) */
	String dimension();

	/** A facet dimension and its values by descending count. */
	record Dimension(String dimension, List<Value> values) implements FacetNode {
	}

	/** One value of a dimension, and whether the search is drilled down into it. */
	record Value(String dimension, FacetCount count, boolean chosen) implements FacetNode {
	}
}
