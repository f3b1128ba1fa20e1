package org.mandateworkbench.ui.review;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowHeaderComposite;
import org.eclipse.nebula.widgets.nattable.filterrow.IFilterStrategy;
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
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.ui.internal.table.GroupedRow;

/**
 * The review table's grid: the body stack; a column header that sorts on click, with the filter row
 * beneath it; a row-number header; a corner.
 */
final class ReviewGridLayer extends GridLayer {

	private final ReviewBodyLayerStack body;
	private final FilterRowHeaderComposite<GroupedRow<OutstandingRecommendation>> filterRow;

	private ReviewGridLayer(ReviewBodyLayerStack body,
			FilterRowHeaderComposite<GroupedRow<OutstandingRecommendation>> columnHeader, RowHeaderLayer rowHeader,
			CornerLayer corner) {
		super(body, columnHeader, rowHeader, corner);
		this.body = body;
		this.filterRow = columnHeader;
	}

	static ReviewGridLayer create(IRowDataProvider<GroupedRow<OutstandingRecommendation>> rows, String[] headers,
			ISortModel sortModel, IFilterStrategy<GroupedRow<OutstandingRecommendation>> filter,
			IConfigRegistry configRegistry) {
		ReviewBodyLayerStack body = new ReviewBodyLayerStack(rows);
		IDataProvider headerData = new DefaultColumnHeaderDataProvider(headers);
		ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(headerData), body,
				body.selectionLayer());
		SortHeaderLayer<GroupedRow<OutstandingRecommendation>> sortHeader = new SortHeaderLayer<>(columnHeader,
				sortModel, false);
		FilterRowHeaderComposite<GroupedRow<OutstandingRecommendation>> filterRow = new FilterRowHeaderComposite<>(
				filter, sortHeader, headerData, configRegistry);
		IDataProvider rowNumbers = new DefaultRowHeaderDataProvider(rows);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowNumbers), body,
				body.selectionLayer());
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowNumbers)),
				rowHeader, filterRow);
		return new ReviewGridLayer(body, filterRow, rowHeader, corner);
	}

	ReviewBodyLayerStack body() {
		return body;
	}

	FilterRowHeaderComposite<GroupedRow<OutstandingRecommendation>> filterRow() {
		return filterRow;
	}
}
