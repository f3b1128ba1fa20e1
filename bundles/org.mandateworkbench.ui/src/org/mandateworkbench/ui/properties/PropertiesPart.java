package org.mandateworkbench.ui.properties;

import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.ModelSubscription;
import org.mandateworkbench.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The properties of the selected model object, as the edit bundle's item property descriptors give
 * them, in a two-column table. Settable single values are edited in place (a click on the value);
 * each edit is an undoable command on the workspace model. Follows model changes, undo included.
 */
public final class PropertiesPart {

	private static final int NAME_WIDTH = 180;
	private static final int VALUE_WIDTH = 320;

	@Inject
	@Translation
	private Messages messages;

	@Inject
	private UISynchronize sync;

	private final ModelSubscription subscription = new ModelSubscription(event -> refreshLater());
	private ModelStore model;
	private TableViewer viewer;
	private Label title;
	private Label problem;
	private EObject shown;

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		title = new Label(parent, SWT.NONE);
		title.setData(WidgetIds.KEY, WidgetIds.PROPERTIES_TITLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setData(WidgetIds.KEY, WidgetIds.PROPERTIES_TABLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(messages.properties_columnProperty, NAME_WIDTH, PropertyRow::name);
		TableViewerColumn value = column(messages.properties_columnValue, VALUE_WIDTH, PropertyRow::valueText);
		value.setEditingSupport(new PropertyEditingSupport(viewer, () -> model, messages, this::showProblem));
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
			}
		}, ColumnViewerEditor.TABBING_VERTICAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		problem = new Label(parent, SWT.WRAP);
		problem.setData(WidgetIds.KEY, WidgetIds.PROPERTIES_PROBLEM);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
		show(shown);
	}

	private TableViewerColumn column(String header, int width, Function<PropertyRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((PropertyRow) element);
			}
		});
		return column;
	}

	@Inject
	public void setModel(@Optional ModelStore loaded) {
		subscription.follow(loaded);
		model = loaded;
	}

	@Inject
	public void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
		if (selected instanceof EObject object) {
			show(object);
		}
	}

	private void show(EObject object) {
		shown = object;
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<PropertyRow> rows = object == null || model == null ? List.of() : rows(object);
		title.setText(object == null || model == null ? messages.properties_nothingSelected : label(object));
		showProblem(""); //$NON-NLS-1$
		viewer.setInput(rows);
	}

	private String label(EObject object) {
		return model.adapterFactory().adapt(object, IItemLabelProvider.class) instanceof IItemLabelProvider labels
				? labels.getText(object)
				: object.eClass().getName();
	}

	private List<PropertyRow> rows(EObject object) {
		IItemPropertySource source = (IItemPropertySource) model.adapterFactory().adapt(object, IItemPropertySource.class);
		if (source == null) {
			return List.of();
		}
		return source.getPropertyDescriptors(object).stream().map(descriptor -> new PropertyRow(object, descriptor))
				.toList();
	}

	private void showProblem(String text) {
		if (!problem.isDisposed()) {
			problem.setText(text == null ? "" : text); //$NON-NLS-1$
			problem.getParent().layout();
		}
	}

	private void refreshLater() {
		sync.asyncExec(() -> {
			if (viewer != null && !viewer.getControl().isDisposed() && !viewer.isCellEditorActive()) {
				if (shown != null && shown.eResource() == null) {
					show(null);
				} else {
					viewer.refresh();
				}
			}
		});
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		subscription.close();
	}
}
