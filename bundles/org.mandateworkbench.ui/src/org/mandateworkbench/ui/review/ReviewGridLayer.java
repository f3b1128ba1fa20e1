package org.mandateworkbench.ui.review;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.mandateworkbench.model.progress.OutstandingRecommendation;

/** The review table's grid: the body stack with a column header, a row-number header and a corner. */
final class ReviewGridLayer extends GridLayer {

	private final ReviewBodyLayerStack body;

	private ReviewGridLayer(ReviewBodyLayerStack body, ColumnHeaderLayer columnHeader, RowHeaderLayer rowHeader,
			CornerLayer corner) {
		super(body, columnHeader, rowHeader, corner);
		this.body = body;
	}

	static ReviewGridLayer create(IRowDataProvider<OutstandingRecommendation> rows, String[] headers) {
		ReviewBodyLayerStack body = new ReviewBodyLayerStack(rows);
		IDataProvider headerData = new DefaultColumnHeaderDataProvider(headers);
		ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(headerData), body,
				body.selectionLayer());
		IDataProvider rowNumbers = new DefaultRowHeaderDataProvider(rows);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowNumbers), body,
				body.selectionLayer());
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowNumbers)),
				rowHeader, columnHeader);
		return new ReviewGridLayer(body, columnHeader, rowHeader, corner);
	}

	ReviewBodyLayerStack body() {
		return body;
	}
}
