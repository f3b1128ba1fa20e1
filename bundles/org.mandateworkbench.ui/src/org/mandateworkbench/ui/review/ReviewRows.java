package org.mandateworkbench.ui.review;

import java.text.Collator;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.ui.internal.table.GroupedRow;
import org.mandateworkbench.ui.internal.table.NaturalTextComparator;
import org.mandateworkbench.ui.internal.table.RowGrouping;
import org.mandateworkbench.ui.internal.table.RowOrder;
import org.mandateworkbench.ui.internal.table.TextRowFilter;

/**
 * The rows the review shows, derived from the outstanding recommendations in steps: the free filter
 * and the filter row, then the sort column, then the grouping. The shown list is the one the table's
 * data provider reads, updated in place.
 * <p>
 * A keystroke in a filter must not cost work per row beyond the filter's search (P7): the sorted
 * order of all rows, the group of each row and the table row of each recommendation are computed
 * once per set of rows (and sort column or grouping), and a change of the filter only picks the kept
 * rows out of them.
 */
final class ReviewRows {

	private final ReviewColumns columns;
	private final TextRowFilter<OutstandingRecommendation> filter;
	private final NaturalTextComparator textOrder;
	private final Collator collator;
	private final ArrayList<GroupedRow<OutstandingRecommendation>> shown = new ArrayList<>();
	private final Map<Integer, String> columnFilters = new HashMap<>();
	private final Set<String> collapsed = new HashSet<>();
	private List<OutstandingRecommendation> all = List.of();
	private List<OutstandingRecommendation> matching = List.of();
	private String anyColumn = ""; //$NON-NLS-1$
	private int sortColumn = -1;
	private SortDirectionEnum sortDirection = SortDirectionEnum.NONE;
	private ReviewGrouping grouping = ReviewGrouping.NONE;
	// computed on demand from all, dropped when what they depend on changes
	private List<GroupedRow<OutstandingRecommendation>> members;
	private int[] sortedOrder;
	private String[] groupKeys;

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
		members = null;
		sortedOrder = null;
		groupKeys = null;
	}

	/**
	 * Builds the filter's index of the current rows for up to the given time, so that the first
	 * keystroke need not.
	 *
	 * @return whether the index is complete
	 */
	boolean prepareFilter(long maxNanos) {
		return filter.index(all, maxNanos);
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
		sortedOrder = null;
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
		groupKeys = null;
	}

	/** Collapses an expanded group or expands a collapsed one. */
	void toggle(String groupKey) {
		if (!collapsed.remove(groupKey)) {
			collapsed.add(groupKey);
		}
	}

	/** Recomputes the shown rows from the outstanding recommendations and the current settings. */
	void update() {
		int[] kept = filter.select(all, anyColumn, columnFilters);
		int[] positions = sortColumn < 0 ? kept : RowOrder.keptInOrder(sortedOrder(), kept);
		matching = positions == null ? all : new Positions<>(all, positions);
		shown.clear();
		if (grouping == ReviewGrouping.NONE) {
			// element by element: addAll would first copy the rows into a temporary array
			List<GroupedRow<OutstandingRecommendation>> member = members();
			int count = positions == null ? member.size() : positions.length;
			shown.ensureCapacity(count);
			for (int i = 0; i < count; i++) {
				shown.add(member.get(positions == null ? i : positions[i]));
			}
		} else {
			String[] keys = groupKeys();
			shown.addAll(RowGrouping.group(matching,
					positions == null ? Arrays.asList(keys) : new Positions<>(Arrays.asList(keys), positions), collapsed, collator));
		}
	}

	private List<GroupedRow<OutstandingRecommendation>> members() {
		if (members == null) {
			List<GroupedRow<OutstandingRecommendation>> rows = new ArrayList<>(all.size());
			for (OutstandingRecommendation row : all) {
				rows.add(new GroupedRow.Member<>(row));
			}
			members = rows;
		}
		return members;
	}

	private int[] sortedOrder() {
		if (sortedOrder == null) {
			sortedOrder = RowOrder.sort(Arrays.asList(texts(sortColumn)), textOrder, sortDirection == SortDirectionEnum.DESC);
		}
		return sortedOrder;
	}

	private String[] groupKeys() {
		if (groupKeys == null) {
			groupKeys = texts(grouping.column());
		}
		return groupKeys;
	}

	private String[] texts(int column) {
		String[] texts = new String[all.size()];
		for (int i = 0; i < texts.length; i++) {
			texts[i] = columns.of(all.get(i), column);
		}
		return texts;
	}

	/** The elements of a list at the given positions, without copying them. */
	private static final class Positions<E> extends AbstractList<E> implements RandomAccess {

		private final List<E> elements;
		private final int[] positions;

		Positions(List<E> elements, int[] positions) {
			this.elements = elements;
			this.positions = positions;
		}

		@Override
		public E get(int index) {
			return elements.get(positions[index]);
		}

		@Override
		public int size() {
			return positions.length;
		}
	}
}
