package org.mandateworkbench.ui.review;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.ui.internal.table.GroupedRow;
import org.mandateworkbench.ui.internal.table.NaturalTextComparator;
import org.mandateworkbench.ui.internal.table.RowGrouping;
import org.mandateworkbench.ui.internal.table.TextRowFilter;

/**
 * The rows the review shows, derived from the outstanding recommendations in steps: the free filter
 * and the filter row, then the sort column, then the grouping. The shown list is the one the table's
 * data provider reads, updated in place.
 */
final class ReviewRows {

	private final ReviewColumns columns;
	private final TextRowFilter<OutstandingRecommendation> filter;
	private final Comparator<String> textOrder;
	private final Collator collator;
	private final List<GroupedRow<OutstandingRecommendation>> shown = new ArrayList<>();
	private final Map<Integer, String> columnFilters = new HashMap<>();
	private final Set<String> collapsed = new HashSet<>();
	private List<OutstandingRecommendation> all = List.of();
	private List<OutstandingRecommendation> matching = List.of();
	private String anyColumn = ""; //$NON-NLS-1$
	private int sortColumn = -1;
	private SortDirectionEnum sortDirection = SortDirectionEnum.NONE;
	private ReviewGrouping grouping = ReviewGrouping.NONE;

	ReviewRows(ReviewColumns columns, Collator collator) {
		this.columns = columns;
		this.collator = collator;
		this.filter = new TextRowFilter<>(columns, ReviewColumns.COUNT);
		this.textOrder = new NaturalTextComparator(collator);
	}

	/** The list the table shows; changed in place by {@link #update()}. */
	List<GroupedRow<OutstandingRecommendation>> shown() {
		return shown;
	}

	/** The rows passing the filters, sorted, whether or not their group is collapsed. */
	List<OutstandingRecommendation> matching() {
		return matching;
	}

	int total() {
		return all.size();
	}

	void setAll(List<OutstandingRecommendation> outstanding) {
		all = List.copyOf(outstanding);
	}

	void setAnyColumn(String text) {
		anyColumn = text == null ? "" : text; //$NON-NLS-1$
	}

	void setColumnFilters(Map<Integer, String> filters) {
		columnFilters.clear();
		columnFilters.putAll(filters);
	}

	void sort(int column, SortDirectionEnum direction) {
		sortColumn = direction == SortDirectionEnum.NONE ? -1 : column;
		sortDirection = direction;
	}

	int sortColumn() {
		return sortColumn;
	}

	SortDirectionEnum sortDirection() {
		return sortDirection;
	}

	void setGrouping(ReviewGrouping grouping) {
		this.grouping = grouping;
		collapsed.clear();
	}

	/** Collapses an expanded group or expands a collapsed one. */
	void toggle(String groupKey) {
		if (!collapsed.remove(groupKey)) {
			collapsed.add(groupKey);
		}
	}

	/** Recomputes the shown rows from the outstanding recommendations and the current settings. */
	void update() {
		// the filter returns the unchanged list or a fresh one: no copy unless sorting (100k rows per keystroke)
		List<OutstandingRecommendation> kept = filter.apply(all, anyColumn, columnFilters);
		if (sortColumn >= 0) {
			Comparator<OutstandingRecommendation> order = Comparator.comparing(row -> columns.of(row, sortColumn),
					textOrder);
			kept = new ArrayList<>(kept);
			kept.sort(sortDirection == SortDirectionEnum.DESC ? order.reversed() : order);
		}
		matching = Collections.unmodifiableList(kept);
		shown.clear();
		shown.addAll(grouping == ReviewGrouping.NONE ? RowGrouping.ungrouped(matching)
				: RowGrouping.group(matching, row -> columns.of(row, grouping.column()), collapsed, collator));
	}
}
