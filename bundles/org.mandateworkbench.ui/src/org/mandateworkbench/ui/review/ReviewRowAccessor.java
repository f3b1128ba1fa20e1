package org.mandateworkbench.ui.review;

import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.internal.table.GroupedRow;

/** What a table row shows: a member its column texts, a group header its key and size in the first column. */
final class ReviewRowAccessor implements IColumnAccessor<GroupedRow<OutstandingRecommendation>> {

	private final ReviewColumns columns;
	private final Messages messages;

	ReviewRowAccessor(ReviewColumns columns, Messages messages) {
		this.columns = columns;
		this.messages = messages;
	}

	@Override
	public Object getDataValue(GroupedRow<OutstandingRecommendation> row, int column) {
		return switch (row) {
		case GroupedRow.Member<OutstandingRecommendation> member -> columns.of(member.row(), column);
		case GroupedRow.Header<OutstandingRecommendation> header -> column == 0
				? NLS.bind(messages.review_groupHeader, header.key().isEmpty() ? messages.review_groupEmpty : header.key(),
						header.size())
				: ""; //$NON-NLS-1$
		};
	}

	@Override
	public void setDataValue(GroupedRow<OutstandingRecommendation> row, int column, Object value) {
		throw new UnsupportedOperationException("the review is read-only"); //$NON-NLS-1$
	}

	@Override
	public int getColumnCount() {
		return ReviewColumns.COUNT;
	}
}
