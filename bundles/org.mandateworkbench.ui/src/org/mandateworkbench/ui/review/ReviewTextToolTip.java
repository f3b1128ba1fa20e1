package org.mandateworkbench.ui.review;

import java.util.List;

import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.swt.widgets.Event;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.ui.internal.table.GroupedRow;

/** Shows a recommendation's full text when the pointer rests on its abbreviated text cell. */
final class ReviewTextToolTip extends DefaultToolTip {

	private static final int WRAP_AT = 100;

	private final NatTable table;
	private final List<GroupedRow<OutstandingRecommendation>> rows;
	private final ReviewColumns columns;

	ReviewTextToolTip(NatTable table, List<GroupedRow<OutstandingRecommendation>> rows, ReviewColumns columns) {
		super(table, ToolTip.NO_RECREATE, false);
		this.table = table;
		this.rows = rows;
		this.columns = columns;
		setPopupDelay(400);
	}

	@Override
	protected boolean shouldCreateToolTip(Event event) {
		return !getText(event).isEmpty() && super.shouldCreateToolTip(event);
	}

	@Override
	protected String getText(Event event) {
		ILayerCell cell = table.getCellByPosition(table.getColumnPositionByX(event.x), table.getRowPositionByY(event.y));
		if (cell == null || !cell.getConfigLabels().hasLabel(GridRegion.BODY)
				|| cell.getColumnIndex() != ReviewColumns.TEXT || cell.getRowIndex() < 0
				|| cell.getRowIndex() >= rows.size()) {
			return ""; //$NON-NLS-1$
		}
		return rows.get(cell.getRowIndex()) instanceof GroupedRow.Member<OutstandingRecommendation> member
				? wrap(columns.fullText(member.row()))
				: ""; //$NON-NLS-1$
	}

	private static String wrap(String text) {
		StringBuilder wrapped = new StringBuilder();
		int lineLength = 0;
		for (String word : text.split(" ")) { //$NON-NLS-1$
			if (lineLength > 0 && lineLength + word.length() > WRAP_AT) {
				wrapped.append('\n');
				lineLength = 0;
			} else if (lineLength > 0) {
				wrapped.append(' ');
				lineLength++;
			}
			wrapped.append(word);
			lineLength += word.length();
		}
		return wrapped.toString();
	}
}
