package org.mandateworkbench.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.mandateworkbench.ui.WidgetIds;

/** A caption over a list of model objects; a double-click hands the object to the opener. */
final class CaptionedList {

	final Composite area;
	final Label caption;
	private final org.eclipse.swt.widgets.List list;
	private final List<EObject> objects = new ArrayList<>();

	CaptionedList(Composite parent, String captionId, String listId, Consumer<EObject> opener) {
		area = new Composite(parent, SWT.NONE);
		area.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).create());
		caption = new Label(area, SWT.WRAP);
		caption.setData(WidgetIds.KEY, captionId);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(caption);
		list = new org.eclipse.swt.widgets.List(area, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		list.setData(WidgetIds.KEY, listId);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(200, 80).applyTo(list);
		list.addListener(SWT.DefaultSelection, event -> {
			int index = list.getSelectionIndex();
			if (index >= 0 && objects.get(index) != null) {
				opener.accept(objects.get(index));
			}
		});
	}

	/** Replaces the caption and the rows; {@code targets} may hold null for rows that open nothing. */
	void show(String captionText, List<String> rows, List<? extends EObject> targets) {
		caption.setText(captionText);
		list.setItems(rows.toArray(String[]::new));
		objects.clear();
		objects.addAll(targets);
		area.layout();
	}
}
