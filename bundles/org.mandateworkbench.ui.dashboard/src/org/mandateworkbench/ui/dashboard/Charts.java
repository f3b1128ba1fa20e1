package org.mandateworkbench.ui.dashboard;

import java.text.DecimalFormat;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.mandateworkbench.ui.WidgetIds;

/**
 * Creation of the dashboard's SWTChart charts in the workbench's fonts, and the mapping of mouse
 * events on the plot to what they hit.
 */
final class Charts {

	/** Whole numbers only: ticks between them are hidden, as SWTChart hides repeated labels. */
	static final DecimalFormat WHOLE = new DecimalFormat("0"); //$NON-NLS-1$

	private Charts() {
	}

	/**
	 * A chart with a title in the bold dialog font and axis titles and ticks in the dialog font (SWTChart's
	 * own larger fonts leave no room for the plot at the sizes of the Secretariat layout).
	 */
	static Chart create(Composite parent, String id, String title, String yTitle) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.setData(WidgetIds.KEY, id);
		Color text = parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
		Font font = JFaceResources.getDialogFont();
		chart.getTitle().setText(title);
		chart.getTitle().setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		chart.getTitle().setForeground(text);
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			axis.getTitle().setFont(font);
			axis.getTitle().setForeground(text);
			axis.getTick().setFont(font);
			axis.getTick().setForeground(text);
		}
		chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
		chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
		chart.getAxisSet().getYAxis(0).getTick().setFormat(WHOLE);
		chart.getLegend().setFont(font);
		chart.getLegend().setPosition(SWT.BOTTOM);
		return chart;
	}

	/** The control that receives the mouse events on the plot. */
	static Control plot(Chart chart) {
		return (Control) chart.getPlotArea();
	}

	/** @return the category under the pixel column {@code x} of the plot, or -1 outside all categories */
	static int categoryAt(Chart chart, int x) {
		IAxis axis = chart.getAxisSet().getXAxis(0);
		String[] categories = axis.getCategorySeries();
		int index = (int) Math.round(axis.getDataCoordinate(x));
		return categories == null || !axis.isCategoryEnabled() || index < 0 || index >= categories.length ? -1 : index;
	}

	static void onClick(Chart chart, Consumer<Event> handler) {
		plot(chart).addListener(SWT.MouseDown, event -> {
			if (event.button == 1) {
				handler.accept(event);
			}
		});
	}

	/**
	 * Shows the tooltip of the category under the mouse, on the plot and on the axis labels below it,
	 * where abbreviated labels need their full text.
	 */
	static void categoryTooltips(Chart chart, IntFunction<String> tooltip) {
		Control plot = plot(chart);
		plot.addListener(SWT.MouseMove, event -> setTooltip(plot, tooltip, categoryAt(chart, event.x)));
		chart.addListener(SWT.MouseMove, event -> {
			Rectangle area = plot.getBounds();
			boolean belowPlot = event.y >= area.y + area.height;
			setTooltip(chart, tooltip, belowPlot ? categoryAt(chart, event.x - area.x) : -1);
		});
	}

	private static void setTooltip(Control control, IntFunction<String> tooltip, int index) {
		String text = index < 0 ? null : tooltip.apply(index);
		if (text == null ? control.getToolTipText() != null : !text.equals(control.getToolTipText())) {
			control.setToolTipText(text);
		}
	}
}
