package org.mandateworkbench.ui.review;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.filterrow.IFilterStrategy;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.ui.internal.table.GroupedRow;

/** Passes what the user types in the filter row, column by column, to the review's rows. */
final class ReviewFilterStrategy implements IFilterStrategy<GroupedRow<OutstandingRecommendation>> {

	private final ReviewRows rows;
	private final Runnable changed;

	ReviewFilterStrategy(ReviewRows rows, Runnable changed) {
		this.rows = rows;
		this.changed = changed;
	}

	@Override
	public void applyFilter(Map<Integer, Object> filterIndexToObjectMap) {
		Map<Integer, String> filters = new HashMap<>();
		filterIndexToObjectMap.forEach((column, value) -> {
			if (value != null) {
				filters.put(column, value.toString());
			}
		});
		rows.setColumnFilters(filters);
		changed.run();
	}
}
