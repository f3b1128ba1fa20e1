package org.mandateworkbench.ui.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.store.AtomicFileWriter;
import org.mandateworkbench.ui.internal.table.CsvTableWriter;
import org.mandateworkbench.ui.internal.table.TableSnapshot;
import org.mandateworkbench.ui.internal.table.XlsxTableWriter;

/**
 * Writes what the review shows to a file: the shown columns, and every row passing the filters in
 * the shown order (rows of collapsed groups included), with recommendation texts in full.
 */
final class ReviewExport {

	/** The file formats the review exports to. */
	enum Format {
		CSV("csv"), XLSX("xlsx"); //$NON-NLS-1$ //$NON-NLS-2$

		private final String extension;

		Format(String extension) {
			this.extension = extension;
		}

		String extension() {
			return extension;
		}
	}

	private final ReviewColumns columns;

	ReviewExport(ReviewColumns columns) {
		this.columns = columns;
	}

	TableSnapshot snapshot(List<OutstandingRecommendation> rows, IntPredicate shownColumn) {
		List<Integer> shown = new ArrayList<>();
		for (int column = 0; column < ReviewColumns.COUNT; column++) {
			if (shownColumn.test(column)) {
				shown.add(column);
			}
		}
		List<String> headers = columns.headers();
		List<List<String>> cells = new ArrayList<>(rows.size());
		for (OutstandingRecommendation row : rows) {
			cells.add(shown.stream().map(column -> columns.exported(row, column)).toList());
		}
		return new TableSnapshot(shown.stream().map(headers::get).toList(), cells);
	}

	/** Writes the table atomically: the file is either replaced whole or left as it was. */
	void write(TableSnapshot table, Path file, Format format, String sheetName) throws IOException {
		byte[] content = switch (format) {
		case CSV -> CsvTableWriter.bytes(table);
		case XLSX -> XlsxTableWriter.bytes(table, sheetName);
		};
		AtomicFileWriter.write(file, content);
	}
}
