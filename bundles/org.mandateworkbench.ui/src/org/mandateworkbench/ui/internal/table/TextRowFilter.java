package org.mandateworkbench.ui.internal.table;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps the rows of a table whose shown texts match: every per-column filter must occur in its
 * column's text, and the free filter in the text of at least one column, ignoring case. Blank
 * filters match everything.
 *
 * @param <T> the type of the rows
 */
public final class TextRowFilter<T> {

	/** The text a table shows for a row in a column. */
	@FunctionalInterface
	public interface CellText<T> {
		String of(T row, int column);
	}

	private final CellText<T> cells;
	private final int columnCount;

	public TextRowFilter(CellText<T> cells, int columnCount) {
		this.cells = cells;
		this.columnCount = columnCount;
	}

	/**
	 * @param anyColumn text that must occur in some column, or blank
	 * @param perColumn by column index, text that must occur in that column; blank values are ignored
	 */
	public List<T> apply(List<T> rows, String anyColumn, Map<Integer, String> perColumn) {
		String wanted = normalize(anyColumn);
		Map<Integer, String> columns = new HashMap<>();
		perColumn.forEach((column, text) -> {
			String value = normalize(text);
			if (!value.isEmpty()) {
				columns.put(column, value);
			}
		});
		if (wanted.isEmpty() && columns.isEmpty()) {
			return rows;
		}
		return rows.stream().filter(row -> matchesColumns(row, columns) && (wanted.isEmpty() || matchesAny(row, wanted)))
				.toList();
	}

	private boolean matchesColumns(T row, Map<Integer, String> columns) {
		for (Map.Entry<Integer, String> filter : columns.entrySet()) {
			if (!normalize(cells.of(row, filter.getKey())).contains(filter.getValue())) {
				return false;
			}
		}
		return true;
	}

	private boolean matchesAny(T row, String wanted) {
		for (int column = 0; column < columnCount; column++) {
			if (normalize(cells.of(row, column)).contains(wanted)) {
				return true;
			}
		}
		return false;
	}

	private static String normalize(String text) {
		return text == null ? "" : text.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}
}
