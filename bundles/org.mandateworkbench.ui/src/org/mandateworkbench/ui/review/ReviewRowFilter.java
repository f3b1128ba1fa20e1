package org.mandateworkbench.ui.review;

import java.util.List;
import java.util.Locale;

import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.mandateworkbench.model.progress.OutstandingRecommendation;

/**
 * Keeps the rows whose shown text contains the filter text in any column, ignoring case; an empty
 * or blank filter keeps every row.
 */
final class ReviewRowFilter {

	private final IColumnAccessor<OutstandingRecommendation> columns;

	ReviewRowFilter(IColumnAccessor<OutstandingRecommendation> columns) {
		this.columns = columns;
	}

	List<OutstandingRecommendation> apply(List<OutstandingRecommendation> rows, String filter) {
		String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (wanted.isEmpty()) {
			return rows;
		}
		return rows.stream().filter(row -> matches(row, wanted)).toList();
	}

	private boolean matches(OutstandingRecommendation row, String wanted) {
		for (int column = 0; column < columns.getColumnCount(); column++) {
			if (String.valueOf(columns.getDataValue(row, column)).toLowerCase(Locale.ROOT).contains(wanted)) {
				return true;
			}
		}
		return false;
	}
}
