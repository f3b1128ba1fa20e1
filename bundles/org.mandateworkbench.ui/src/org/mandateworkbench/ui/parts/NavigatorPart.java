package org.mandateworkbench.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.navigator.WorkspaceLabelProvider;
import org.mandateworkbench.ui.navigator.WorkspaceTreeContentProvider;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Shows the content of the open workspace and publishes the selected entry. */
public final class NavigatorPart {

	private TreeViewer viewer;
	private Workspace workspace;

	@Inject
	private ESelectionService selectionService;

	@PostConstruct
	public void createControls(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setData(WidgetIds.KEY, WidgetIds.NAVIGATOR_TREE);
		viewer.setContentProvider(new WorkspaceTreeContentProvider());
		viewer.setLabelProvider(new WorkspaceLabelProvider());
		viewer.addSelectionChangedListener(event -> selectionService
				.setSelection(((IStructuredSelection) event.getSelection()).getFirstElement()));
		viewer.setInput(workspace);
	}

	@Inject
	public void setWorkspace(@Optional Workspace open) {
		workspace = open;
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(open);
		}
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
