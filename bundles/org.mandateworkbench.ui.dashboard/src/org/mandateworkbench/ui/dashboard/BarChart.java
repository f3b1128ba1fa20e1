package org.mandateworkbench.ui.dashboard;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.mandateworkbench.ui.dashboard.internal.CategoryLabels;

/**
 * A chart of one bar per category whose labels are refitted whenever the chart changes size:
 * horizontal when they fit, else slanted and abbreviated; the full name is in the tooltip of the
 * bar and of its label. A click on a bar reports its index.
 */
final class BarChart {

	/** Share of the chart's height that slanted labels may take. */
	private static final double LABEL_SHARE = 0.38;
	private static final int MIN_SLANTED = 60;
	private static final int MAX_SLANTED = 160;
	/** A muted blue that reads well on the chart's background and under the dark tick labels. */
	private static final Color BAR_COLOR = new Color(66, 110, 170);

	final Chart chart;
	private List<String> names = List.of();

	BarChart(Composite parent, String id, String title, String yTitle, IntConsumer clicked, IntFunction<String> tooltip) {
		chart = Charts.create(parent, id, title, yTitle);
		chart.getLegend().setVisible(false);
		chart.getAxisSet().getXAxis(0).enableCategory(true);
		Charts.onClick(chart, event -> {
			int index = Charts.categoryAt(chart, event.x);
			if (index >= 0) {
				clicked.accept(index);
			}
		});
		Charts.categoryTooltips(chart, index -> index < names.size() ? tooltip.apply(index) : null);
		chart.addListener(SWT.Resize, event -> fitLabels());
	}

	/**
	 * Replaces the bars.
	 *
	 * @param yRange the value axis' range, fixed so that small counts and rates keep readable ticks
	 */
	void show(List<String> categories, double[] values, Range yRange) {
		names = List.copyOf(categories);
		for (var series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.setCategorySeries(names.toArray(String[]::new));
		IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, "bars"); //$NON-NLS-1$
		bars.setYSeries(values);
		bars.setBarColor(BAR_COLOR);
		chart.getAxisSet().adjustRange();
		chart.getAxisSet().getYAxis(0).setRange(yRange);
		fitLabels();
	}

	/** The full names of the categories, in bar order. */
	List<String> names() {
		return names;
	}

	private void fitLabels() {
		int width = Charts.plot(chart).getSize().x;
		if (names.isEmpty() || width <= 0) {
			chart.redraw();
			return;
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		int maxSlanted = Math.clamp((int) (chart.getSize().y * LABEL_SHARE / Math.sin(Math.toRadians(CategoryLabels.SLANT))),
				MIN_SLANTED, MAX_SLANTED);
		GC gc = new GC(chart);
		try {
			gc.setFont(x.getTick().getFont());
			CategoryLabels labels = CategoryLabels.fit(names, width / names.size(), maxSlanted, text -> gc.textExtent(text).x);
			x.getTick().setTickLabelAngle(labels.angle());
			x.setCategorySeries(labels.shown().toArray(String[]::new));
		} finally {
			gc.dispose();
		}
		chart.updateLayout();
		chart.redraw();
	}
}
