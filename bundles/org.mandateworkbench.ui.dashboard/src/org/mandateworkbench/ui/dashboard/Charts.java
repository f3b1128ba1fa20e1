package org.mandateworkbench.ui.dashboard;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.mandateworkbench.ui.WidgetIds;

/** Creation of the dashboard's SWTChart charts and the mapping of a click to what it hit. */
final class Charts {

	private Charts() {
	}

	static Chart create(Composite parent, String id, String title, String yTitle) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.setData(WidgetIds.KEY, id);
		chart.getTitle().setText(title);
		chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
		chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
		return chart;
	}

	/** Replaces the chart's only bar series: one bar per category. */
	static void showBars(Chart chart, String[] categories, double[] values) {
		for (var series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.enableCategory(true);
		x.setCategorySeries(categories);
		// slanted, so that long group and status names do not run into each other
		x.getTick().setTickLabelAngle(30);
		IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, "bars"); //$NON-NLS-1$
		bars.setYSeries(values);
		chart.getLegend().setVisible(false);
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	/** The control that receives the clicks on the plot. */
	static Control plot(Chart chart) {
		return (Control) chart.getPlotArea();
	}

	/** @return the category under the pixel column of the event, or -1 outside all categories */
	static int categoryAt(Chart chart, Event event) {
		IAxis x = chart.getAxisSet().getXAxis(0);
		String[] categories = x.getCategorySeries();
		int index = (int) Math.round(x.getDataCoordinate(event.x));
		return categories == null || index < 0 || index >= categories.length ? -1 : index;
	}

	static void onClick(Chart chart, java.util.function.Consumer<Event> handler) {
		plot(chart).addListener(SWT.MouseDown, event -> {
			if (event.button == 1) {
				handler.accept(event);
			}
		});
	}
}
