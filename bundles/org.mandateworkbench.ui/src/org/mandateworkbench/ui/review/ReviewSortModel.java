package org.mandateworkbench.ui.review;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/** Lets a click on a column header sort the review by that column (one column at a time). */
final class ReviewSortModel implements ISortModel {

	private final ReviewRows rows;
	private final Runnable changed;

	ReviewSortModel(ReviewRows rows, Runnable changed) {
		this.rows = rows;
		this.changed = changed;
	}

	@Override
	public List<Integer> getSortedColumnIndexes() {
		return rows.sortColumn() < 0 ? List.of() : List.of(rows.sortColumn());
	}

	@Override
	public boolean isColumnIndexSorted(int columnIndex) {
		return rows.sortColumn() == columnIndex;
	}

	@Override
	public SortDirectionEnum getSortDirection(int columnIndex) {
		return isColumnIndexSorted(columnIndex) ? rows.sortDirection() : SortDirectionEnum.NONE;
	}

	@Override
	public int getSortOrder(int columnIndex) {
		return isColumnIndexSorted(columnIndex) ? 0 : -1;
	}

	@SuppressWarnings("rawtypes")
	@Override
	public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
		return List.of();
	}

	@Override
	public Comparator<?> getColumnComparator(int columnIndex) {
		return null;
	}

	@Override
	public void sort(int columnIndex, SortDirectionEnum sortDirection, boolean accumulate) {
		rows.sort(columnIndex, sortDirection);
		changed.run();
	}

	@Override
	public void clear() {
		rows.sort(-1, SortDirectionEnum.NONE);
		changed.run();
	}
}
