package org.mandateworkbench.ui.internal.table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the rows of a table whose shown texts match: every per-column filter must occur in its
 * column's text, and the free filter in the text of at least one column, ignoring case. Blank
 * filters match everything.
 * <p>
 * Built for large tables (P7: 100k rows within 100 ms of a keystroke). The filter keeps an index of
 * the last list it was given (by identity): per row one string, the lower-cased cell texts joined
 * by a separator, and where each cell starts. The index can be built ahead in slices
 * ({@link #index(List, long)}) so that the first keystroke finds it ready. While the user types on,
 * each filter only searches the rows the previous one kept, each from about where the previous text
 * occurred in it; the results along the way are kept as a stack, so deleting characters again
 * returns a kept result instead of searching every row.
 * {@link #forget()} drops the index when cell texts change without a new list.
 *
 * @param <T> the type of the rows
 */
public final class TextRowFilter<T> {

	/** The text a table shows for a row in a column. */
	@FunctionalInterface
	public interface CellText<T> {
		String of(T row, int column);
	}

	/** Joins the cells of a row in the index; a filter containing it is matched cell by cell. */
	private static final char SEPARATOR = '\u0000';
	/** How many narrowing steps are kept (a step holds at most one int per row). */
	private static final int KEPT_STEPS = 32;
	/** Rows indexed between two looks at the clock. */
	private static final int ROWS_PER_CLOCK_CHECK = 256;

	private final CellText<T> cells;
	private final int columnCount;
	private final Deque<Step> steps = new ArrayDeque<>();
	private List<T> indexedRows;
	private String[] rowTexts = new String[0];
	private int[] cellStarts = new int[0];
	private int indexed;
	/** Collect the rows a search keeps, and where the free text occurs in them, before they are copied. */
	private int[] scratchRows = new int[0];
	private int[] scratchAt = new int[0];

	public TextRowFilter(CellText<T> cells, int columnCount) {
		this.cells = cells;
		this.columnCount = columnCount;
	}

	/**
	 * @param anyColumn text that must occur in some column, or blank
	 * @param perColumn by column index, text that must occur in that column; blank values are ignored
	 * @return the rows passing, in their given order: {@code rows} itself when every filter is blank
	 */
	public List<T> apply(List<T> rows, String anyColumn, Map<Integer, String> perColumn) {
		int[] kept = select(rows, anyColumn, perColumn);
		if (kept == null) {
			return rows;
		}
		List<T> result = new ArrayList<>(kept.length);
		for (int i : kept) {
			result.add(rows.get(i));
		}
		return result;
	}

	/**
	 * Like {@link #apply(List, String, Map)}, but answers with the positions of the rows passing.
	 *
	 * @return the ascending positions in {@code rows} of the rows passing, or {@code null} when every
	 *         filter is blank; the caller must not change the array
	 */
	public int[] select(List<T> rows, String anyColumn, Map<Integer, String> perColumn) {
		Step wanted = new Step(normalize(anyColumn), columnFilters(perColumn), null, null);
		if (wanted.anyColumn.isEmpty() && wanted.columns.isEmpty()) {
			steps.clear();
			return null;
		}
		index(rows, Long.MAX_VALUE);
		while (!steps.isEmpty() && !wanted.narrows(steps.peek())) {
			steps.pop();
		}
		Step last = steps.peek();
		if (last != null && last.sameFilters(wanted)) {
			return last.kept;
		}
		Step found = search(last, rows.size(), wanted);
		steps.push(found);
		if (steps.size() > KEPT_STEPS) {
			steps.removeLast();
		}
		return found.kept;
	}

	/**
	 * Builds the index of {@code rows} for up to {@code maxNanos}, continuing where the last call for
	 * the same list stopped.
	 *
	 * @return whether the index of {@code rows} is complete
	 */
	public boolean index(List<T> rows, long maxNanos) {
		if (rows != indexedRows) {
			indexedRows = rows;
			rowTexts = new String[rows.size()];
			cellStarts = new int[rows.size() * columnCount];
			indexed = 0;
			steps.clear();
		}
		long start = System.nanoTime();
		StringBuilder joined = new StringBuilder();
		while (indexed < rowTexts.length) {
			joined.setLength(0);
			T row = rows.get(indexed);
			for (int column = 0; column < columnCount; column++) {
				if (column > 0) {
					joined.append(SEPARATOR);
				}
				cellStarts[indexed * columnCount + column] = joined.length();
				joined.append(normalize(cells.of(row, column)));
			}
			rowTexts[indexed++] = joined.toString();
			if (indexed % ROWS_PER_CLOCK_CHECK == 0 && System.nanoTime() - start >= maxNanos) {
				break;
			}
		}
		return indexed == rowTexts.length;
	}

	/** Forgets the cell texts; the next call reads them again. */
	public void forget() {
		indexedRows = null;
		rowTexts = new String[0];
		cellStarts = new int[0];
		indexed = 0;
		scratchRows = new int[0];
		scratchAt = new int[0];
		steps.clear();
	}

	/**
	 * Searches the rows the wider filter kept, or all {@code rowCount} rows when there is none.
	 * <p>
	 * Where the free text occurs in a row is kept with the row: a text containing the wider filter's
	 * text at offset i can first occur no earlier than i before the wider text's first occurrence, so
	 * the search of each row starts there (typing on, a few characters per row instead of the row's
	 * text up to the match).
	 */
	private Step search(Step wider, int rowCount, Step filter) {
		int count = wider == null ? rowCount : wider.kept.length;
		if (scratchRows.length < count) {
			scratchRows = new int[rowTexts.length];
			scratchAt = new int[rowTexts.length];
		}
		int[] kept = scratchRows;
		int[] keptAt = scratchAt;
		int found = 0;
		int[] columns = new int[filter.columns.size()];
		String[] texts = new String[columns.length];
		int next = 0;
		for (Map.Entry<Integer, String> column : filter.columns.entrySet()) {
			columns[next] = column.getKey();
			texts[next++] = column.getValue();
		}
		String any = filter.anyColumn;
		// without a separator in it, the free text can only occur inside one cell: search the whole row
		boolean wholeRow = !any.isEmpty() && any.indexOf(SEPARATOR) < 0;
		boolean fromWider = wholeRow && wider != null && wider.keptAt != null;
		int back = fromWider ? any.indexOf(wider.anyColumn) : 0;
		for (int k = 0; k < count; k++) {
			int row = wider == null ? k : wider.kept[k];
			if (!columnsMatch(row, columns, texts)) {
				continue;
			}
			int at = 0;
			if (wholeRow) {
				at = rowTexts[row].indexOf(any, fromWider ? Math.max(0, wider.keptAt[k] - back) : 0);
				if (at < 0) {
					continue;
				}
			} else if (!any.isEmpty() && !anyCellContains(row, any)) {
				continue;
			}
			kept[found] = row;
			keptAt[found++] = at;
		}
		return new Step(any, filter.columns, Arrays.copyOf(kept, found), wholeRow ? Arrays.copyOf(keptAt, found) : null);
	}

	private boolean columnsMatch(int row, int[] columns, String[] texts) {
		for (int i = 0; i < columns.length; i++) {
			if (columns[i] < 0 || columns[i] >= columnCount || !cellContains(row, columns[i], texts[i])) {
				return false;
			}
		}
		return true;
	}

	private boolean anyCellContains(int row, String text) {
		for (int column = 0; column < columnCount; column++) {
			if (cellContains(row, column, text)) {
				return true;
			}
		}
		return false;
	}

	private boolean cellContains(int row, int column, String text) {
		String joined = rowTexts[row];
		int start = cellStarts[row * columnCount + column];
		int end = column + 1 < columnCount ? cellStarts[row * columnCount + column + 1] - 1 : joined.length();
		if (text.length() > end - start) {
			return false;
		}
		// the first occurrence from the cell's start lies inside the cell if any does
		int at = joined.indexOf(text, start);
		return at >= 0 && at + text.length() <= end;
	}

	private static Map<Integer, String> columnFilters(Map<Integer, String> perColumn) {
		Map<Integer, String> columns = new TreeMap<>();
		perColumn.forEach((column, text) -> {
			String value = normalize(text);
			if (!value.isEmpty()) {
				columns.put(column, value);
			}
		});
		return columns;
	}

	private static String normalize(String text) {
		return text == null ? "" : text.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	/**
	 * A filter (normalized) and, once searched, the positions of the rows it keeps and, when the free
	 * text was searched in the whole row, where it first occurs in each kept row's text.
	 */
	private record Step(String anyColumn, Map<Integer, String> columns, int[] kept, int[] keptAt) {

		boolean sameFilters(Step other) {
			return anyColumn.equals(other.anyColumn) && columns.equals(other.columns);
		}

		/** Whether this filter keeps only rows {@code wider} keeps: each of its texts contains wider's. */
		boolean narrows(Step wider) {
			if (!anyColumn.contains(wider.anyColumn)) {
				return false;
			}
			for (Map.Entry<Integer, String> before : wider.columns.entrySet()) {
				String now = columns.get(before.getKey());
				if (now == null || !now.contains(before.getValue())) {
					return false;
				}
			}
			return true;
		}
	}
}
