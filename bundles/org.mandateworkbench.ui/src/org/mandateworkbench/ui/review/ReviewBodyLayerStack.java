package org.mandateworkbench.ui.review;

import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.AbstractLayerTransform;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.mandateworkbench.model.progress.OutstandingRecommendation;

/** The body of the review table: data, then selection, then scrolling. */
final class ReviewBodyLayerStack extends AbstractLayerTransform {

	private static final int TEXT_WIDTH = 420;
	private static final int NAME_WIDTH = 180;

	private final DataLayer dataLayer;
	private final SelectionLayer selectionLayer;

	ReviewBodyLayerStack(IRowDataProvider<OutstandingRecommendation> rows) {
		dataLayer = new DataLayer(rows);
		dataLayer.setColumnWidthByPosition(0, NAME_WIDTH);
		dataLayer.setColumnWidthByPosition(1, NAME_WIDTH);
		dataLayer.setColumnWidthByPosition(4, TEXT_WIDTH);
		selectionLayer = new SelectionLayer(dataLayer);
		setUnderlyingLayer(new ViewportLayer(selectionLayer));
	}

	DataLayer dataLayer() {
		return dataLayer;
	}

	SelectionLayer selectionLayer() {
		return selectionLayer;
	}
}
