package org.mandateworkbench.ui.parts;

import java.text.Collator;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.ui.EditorInput;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.ModelSubscription;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.navigator.LabelFilter;
import org.mandateworkbench.ui.navigator.MandateGrouping;
import org.mandateworkbench.ui.navigator.MandateGroupsInput;
import org.mandateworkbench.ui.navigator.ModelLabels;
import org.mandateworkbench.ui.navigator.NavigatorInput;
import org.mandateworkbench.ui.navigator.WorkspaceLabelProvider;
import org.mandateworkbench.ui.navigator.WorkspaceTreeContentProvider;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Shows the open workspace: bodies with their meetings (agenda items, documents, resolutions and
 * recommendations), documents, mandates, States and the source documents; or, in its second view,
 * the mandates grouped by status, addressee or responsible officer. A filter box narrows the tree;
 * the context menu offers the navigator's commands. Follows model changes and the active editor
 * (the object in its part's {@link EditorInput} transient data). Publishes the selected element; double-click or Enter on a model object posts an {@link OpenRequest} for it.
 */
public final class NavigatorPart {

	/** The id of the navigator's context menu in the application model. */
	public static final String POPUP_MENU_ID = "org.mandateworkbench.ui.popup.navigator"; //$NON-NLS-1$

	@Inject
	private ESelectionService selectionService;

	@Inject
	private IEventBroker broker;

	@Inject
	@Translation
	private Messages messages;

	@Inject
	@Named(TranslationService.LOCALE)
	private Locale locale;

	private final ModelSubscription subscription = new ModelSubscription(event -> refreshLater());
	private TreeViewer viewer;
	private WorkspaceTreeContentProvider content;
	private WorkspaceLabelProvider labels;
	private LabelFilter filter;
	private Combo view;
	private Workspace workspace;
	private ModelStore model;

	@PostConstruct
	public void createControls(Composite parent, EMenuService menuService) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		view = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		view.setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_VIEW);
		view.add(messages.navigator_workspaceView);
		for (MandateGrouping grouping : MandateGrouping.values()) {
			view.add(grouping.label(messages));
		}
		view.select(0);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(view);
		view.addListener(SWT.Selection, event -> showInput());
		Text filterText = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_FILTER);
		filterText.setMessage(messages.navigator_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);

		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_TREE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		content = new WorkspaceTreeContentProvider();
		viewer.setContentProvider(content);
		labels = new WorkspaceLabelProvider(messages);
		viewer.setLabelProvider(labels);
		filter = new LabelFilter(content, labels);
		viewer.addFilter(filter);
		filterText.addModifyListener(event -> {
			filter.setText(filterText.getText());
			viewer.refresh();
			if (filter.isActive()) {
				viewer.expandToLevel(2);
			}
		});
		viewer.addSelectionChangedListener(event -> selectionService
				.setSelection(((IStructuredSelection) event.getSelection()).getFirstElement()));
		viewer.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof EObject target) {
				broker.send(OpenRequest.TOPIC, OpenRequest.of(target));
			}
		});
		menuService.registerContextMenu(viewer.getControl(), POPUP_MENU_ID);
		showInput();
	}

	@Inject
	public void setWorkspace(@Optional Workspace open, @Optional ModelStore loaded) {
		workspace = open;
		model = loaded;
		subscription.follow(loaded);
		showInput();
	}

	/** Selects and reveals what the newly active editor edits, if the tree shows it. */
	@Inject
	@Optional
	public void followActiveEditor(@Named(IServiceConstants.ACTIVE_PART) MPart active) {
		if (active == null || viewer == null || viewer.getControl().isDisposed()
				|| !(active.getTransientData().get(EditorInput.TRANSIENT_KEY) instanceof EObject edited)) {
			return;
		}
		TreePath path = pathTo(edited);
		if (path != null && !path.equals(selectedPath())) {
			viewer.setSelection(new TreeSelection(path), true);
		}
	}

	// Edited objects (mandates) sit one level below a top-level folder or group in both views.
	private TreePath pathTo(EObject edited) {
		for (Object top : content.getElements(viewer.getInput())) {
			for (Object child : content.getChildren(top)) {
				if (child == edited) {
					return new TreePath(new Object[] { top, edited });
				}
			}
		}
		return null;
	}

	private TreePath selectedPath() {
		TreePath[] paths = viewer.getStructuredSelection() instanceof TreeSelection tree ? tree.getPaths() : new TreePath[0];
		return paths.length == 1 ? paths[0] : null;
	}

	/** Shows model changes (edits, undo, imports) once the command that made them is done. */
	private void refreshLater() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					if (view.getSelectionIndex() > 0) {
						showInput();
					} else {
						viewer.refresh();
					}
				}
			});
		}
	}

	private void showInput() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		ModelLabels modelLabels = model == null ? null : new ModelLabels(model.adapterFactory(), messages, locale);
		labels.setModelLabels(modelLabels);
		NavigatorInput input = workspace == null ? null : new NavigatorInput(workspace, model);
		int chosen = view.getSelectionIndex();
		if (chosen <= 0 || modelLabels == null) {
			viewer.setInput(input);
			return;
		}
		content.setNavigatorInput(input);
		MandateGrouping grouping = MandateGrouping.values()[chosen - 1];
		viewer.setInput(new MandateGroupsInput(
				grouping.groups(model.root(), modelLabels, messages, Collator.getInstance(locale))));
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
