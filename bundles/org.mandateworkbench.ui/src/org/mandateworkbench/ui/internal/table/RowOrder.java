package org.mandateworkbench.ui.internal.table;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The order of a table's rows by one column, computed once for all rows so that each change of the
 * filter only picks the rows it keeps out of that order instead of sorting them again.
 */
public final class RowOrder {

	private RowOrder() {
	}

	/**
	 * @param keys       the sort text of each row
	 * @param order      how two texts compare
	 * @param descending whether the order is reversed (rows with equal texts keep their given order)
	 * @return the positions of the rows in sorted order; a stable sort
	 */
	public static int[] sort(List<String> keys, Comparator<String> order, boolean descending) {
		Comparator<String> byText = descending ? order.reversed() : order;
		return IntStream.range(0, keys.size()).boxed().sorted((a, b) -> byText.compare(keys.get(a), keys.get(b)))
				.mapToInt(Integer::intValue).toArray();
	}

	/**
	 * @param order the positions of all rows in sorted order
	 * @param kept  ascending positions of the rows a filter keeps, or {@code null} for all rows
	 * @return the kept positions in sorted order
	 */
	public static int[] keptInOrder(int[] order, int[] kept) {
		if (kept == null) {
			return order;
		}
		boolean[] keep = new boolean[order.length];
		for (int row : kept) {
			keep[row] = true;
		}
		int[] result = new int[kept.length];
		int next = 0;
		for (int row : order) {
			if (keep[row]) {
				result[next++] = row;
			}
		}
		return result;
	}
}
