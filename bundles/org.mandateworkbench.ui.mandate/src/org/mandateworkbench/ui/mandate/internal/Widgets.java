package org.mandateworkbench.ui.mandate.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Widget;
import org.mandateworkbench.ui.WidgetIds;

/** Small helpers the pages build their controls with. */
final class Widgets {

	private Widgets() {
	}

	/** Tags a widget with its id for tests and accessibility tools. */
	static <T extends Widget> T id(T widget, String id) {
		widget.setData(WidgetIds.KEY, id);
		return widget;
	}

	/** A field label followed, in a two-column grid, by the field. */
	static Label caption(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		return label;
	}

	/** A table with a header and the given columns, filling its cell of the grid. */
	static Table table(Composite parent, int style, int horizontalSpan, String... columns) {
		Table table = new Table(parent, style | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, horizontalSpan, 1);
		data.heightHint = 120;
		table.setLayoutData(data);
		for (String column : columns) {
			TableColumn tableColumn = new TableColumn(table, SWT.NONE);
			tableColumn.setText(column);
			tableColumn.setWidth(140);
		}
		return table;
	}

	/** Makes the last column of a table wide enough for long texts. */
	static void widenLast(Table table, int width) {
		table.getColumn(table.getColumnCount() - 1).setWidth(width);
	}
}
