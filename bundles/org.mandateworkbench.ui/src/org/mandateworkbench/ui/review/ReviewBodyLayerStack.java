package org.mandateworkbench.ui.review;

import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.nebula.widgets.nattable.layer.AbstractLayerTransform;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.ui.internal.table.GroupedRow;

/**
 * The body of the review table: data (labelling group headers), then hiding columns the user
 * deselected in the column chooser, then selection, then scrolling.
 */
final class ReviewBodyLayerStack extends AbstractLayerTransform {

	/** The config label of group header rows, styled by {@link ReviewStyleConfiguration}. */
	static final String GROUP_LABEL = "review.group"; //$NON-NLS-1$

	private static final int TEXT_WIDTH = 420;
	private static final int NAME_WIDTH = 180;

	private final DataLayer dataLayer;
	private final ColumnHideShowLayer hideShowLayer;
	private final SelectionLayer selectionLayer;

	ReviewBodyLayerStack(IRowDataProvider<GroupedRow<OutstandingRecommendation>> rows) {
		dataLayer = new DataLayer(rows);
		dataLayer.setColumnWidthByPosition(ReviewColumns.BODY, NAME_WIDTH);
		dataLayer.setColumnWidthByPosition(ReviewColumns.MEETING, NAME_WIDTH);
		dataLayer.setColumnWidthByPosition(ReviewColumns.ADDRESSEE, NAME_WIDTH);
		dataLayer.setColumnWidthByPosition(ReviewColumns.TEXT, TEXT_WIDTH);
		dataLayer.setConfigLabelAccumulator((labels, column, row) -> {
			if (row < rows.getRowCount() && rows.getRowObject(row) instanceof GroupedRow.Header) {
				labels.add(GROUP_LABEL);
			}
		});
		hideShowLayer = new ColumnHideShowLayer(dataLayer);
		selectionLayer = new SelectionLayer(hideShowLayer);
		setUnderlyingLayer(new ViewportLayer(selectionLayer));
	}

	DataLayer dataLayer() {
		return dataLayer;
	}

	ColumnHideShowLayer hideShowLayer() {
		return hideShowLayer;
	}

	SelectionLayer selectionLayer() {
		return selectionLayer;
	}
}
