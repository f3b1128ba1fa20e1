package org.mandateworkbench.ui.parts;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.navigator.ModelLabels;
import org.mandateworkbench.ui.navigator.NavigatorInput;
import org.mandateworkbench.ui.navigator.WorkspaceLabelProvider;
import org.mandateworkbench.ui.navigator.WorkspaceTreeContentProvider;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Shows the open workspace: bodies with their meetings, resolutions and recommendations, documents,
 * mandates, States and the source documents; publishes the selected element. Double-click or Enter
 * on a model object posts an {@link OpenRequest} for it.
 */
public final class NavigatorPart {

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

	private TreeViewer viewer;
	private WorkspaceLabelProvider labels;
	private Workspace workspace;
	private ModelStore model;

	@PostConstruct
	public void createControls(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_TREE);
		viewer.setContentProvider(new WorkspaceTreeContentProvider());
		labels = new WorkspaceLabelProvider(messages);
		viewer.setLabelProvider(labels);
		viewer.addSelectionChangedListener(event -> selectionService
				.setSelection(((IStructuredSelection) event.getSelection()).getFirstElement()));
		viewer.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof EObject target) {
				broker.send(OpenRequest.TOPIC, OpenRequest.of(target));
			}
		});
		showInput();
	}

	@Inject
	public void setWorkspace(@Optional Workspace open, @Optional ModelStore loaded) {
		workspace = open;
		model = loaded;
		showInput();
	}

	private void showInput() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		labels.setModelLabels(model == null ? null : new ModelLabels(model.adapterFactory(), messages, locale));
		viewer.setInput(workspace == null ? null : new NavigatorInput(workspace, model));
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
