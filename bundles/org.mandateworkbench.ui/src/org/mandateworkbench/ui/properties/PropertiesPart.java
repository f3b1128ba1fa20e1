package org.mandateworkbench.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
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
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.ModelSubscription;
import org.mandateworkbench.ui.Roles;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.navigator.ModelLabels;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The properties of the selected model object, as the edit bundle's item property descriptors give
 * them, in a two-column table, after one row per language of each multilingual text (title, name,
 * text). Settable single values are edited in place (a click on the value); each edit is an undoable
 * command on the workspace model. Follows model changes, undo included. Read-only in the Delegate
 * layout.
 */
public final class PropertiesPart {

	private static final int NAME_WIDTH = 180;
	private static final int VALUE_WIDTH = 320;

	@Inject
	@Translation
	private Messages messages;

	@Inject
	private UISynchronize sync;

	@Inject
	@Named(TranslationService.LOCALE)
	private Locale locale;

	@Inject
	private EModelService models;

	@Inject
	private MWindow window;

	private final ModelSubscription subscription = new ModelSubscription(event -> refreshLater());
	private ModelStore model;
	private TableViewer viewer;
	private Label title;
	private Label problem;
	private Label readOnlyNote;
	private EObject shown;

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		title = new Label(parent, SWT.NONE);
		title.setData(WidgetIds.KEY, WidgetIds.PROPERTIES_TITLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		readOnlyNote = new Label(parent, SWT.WRAP);
		readOnlyNote.setData(WidgetIds.KEY, WidgetIds.PROPERTIES_READ_ONLY);
		readOnlyNote.setText(messages.properties_readOnly);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(readOnlyNote);
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setData(WidgetIds.KEY, WidgetIds.PROPERTIES_TABLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(messages.properties_columnProperty, NAME_WIDTH, PropertiesRow::name);
		TableViewerColumn value = column(messages.properties_columnValue, VALUE_WIDTH, PropertiesRow::valueText);
		value.setEditingSupport(new PropertyEditingSupport(viewer, () -> model, this::isReadOnly, messages, this::showProblem));
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

	private TableViewerColumn column(String header, int width, Function<PropertiesRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((PropertiesRow) element);
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
		List<PropertiesRow> rows = object == null || model == null ? List.of() : rows(object);
		title.setText(object == null || model == null ? messages.properties_nothingSelected
				: new ModelLabels(model.adapterFactory(), messages, locale).text(object));
		showProblem(""); //$NON-NLS-1$
		showReadOnlyNote();
		viewer.setInput(rows);
	}

	/** The multilingual texts first, one row per language, then the edit bundle's properties. */
	private List<PropertiesRow> rows(EObject object) {
		List<PropertiesRow> rows = new ArrayList<>(MultilingualRow.of(object, locale, messages));
		IItemPropertySource source = (IItemPropertySource) model.adapterFactory().adapt(object, IItemPropertySource.class);
		if (source != null) {
			source.getPropertyDescriptors(object).forEach(descriptor -> rows.add(new PropertyRow(object, descriptor)));
		}
		return rows;
	}

	/** The Delegate layout is read-mostly: delegates look things up, the secretariat edits. */
	private boolean isReadOnly() {
		MPerspective perspective = models == null || window == null ? null : models.getActivePerspective(window);
		return perspective != null && Roles.DELEGATE.perspectiveId().equals(perspective.getElementId());
	}

	private void showReadOnlyNote() {
		if (readOnlyNote != null && !readOnlyNote.isDisposed()) {
			boolean readOnly = isReadOnly();
			if (readOnlyNote.getVisible() != readOnly) {
				readOnlyNote.setVisible(readOnly);
				((GridData) readOnlyNote.getLayoutData()).exclude = !readOnly;
				readOnlyNote.getParent().layout();
			}
		}
	}

	/** Shows or hides the read-only note when the role layout changes. */
	@Inject
	@Optional
	public void layoutSwitched(@UIEventTopic(UIEvents.ElementContainer.TOPIC_SELECTEDELEMENT) Event event) {
		if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPerspectiveStack) {
			if (viewer != null && !viewer.getControl().isDisposed() && viewer.isCellEditorActive() && isReadOnly()) {
				viewer.cancelEditing();
			}
			showReadOnlyNote();
		}
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
