package org.mandateworkbench.ui.internal.table;

import java.util.List;

/**
 * The texts of a table as the user sees it: the shown columns' headers and one list of cell texts
 * per shown row, in order. What the exporters write.
 *
 * @param headers the column headers
 * @param rows    the rows, each with one text per header
 */
public record TableSnapshot(List<String> headers, List<List<String>> rows) {

	public TableSnapshot {
		headers = List.copyOf(headers);
		rows = rows.stream().map(List::copyOf).toList();
		for (List<String> row : rows) {
			if (row.size() != headers.size()) {
				throw new IllegalArgumentException(
						"row has " + row.size() + " cells for " + headers.size() + " columns: " + row); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}
}
