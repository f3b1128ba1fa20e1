package org.mandateworkbench.ui.navigator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.WorkspaceEntry;

/** Tree content over the entries of an open {@link Workspace}, which is the viewer's input. */
public final class WorkspaceTreeContentProvider implements ITreeContentProvider {

	private Workspace workspace;

	@Override
	public void inputChanged(org.eclipse.jface.viewers.Viewer viewer, Object oldInput, Object newInput) {
		workspace = newInput instanceof Workspace open ? open : null;
	}

	@Override
	public Object[] getElements(Object input) {
		return workspace == null ? new Object[0] : list(""); //$NON-NLS-1$
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof WorkspaceEntry folder && folder.kind() == WorkspaceEntry.Kind.FOLDER
				? list(folder.relativePath())
				: new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}

	private Object[] list(String relativeFolder) {
		try {
			List<WorkspaceEntry> entries = workspace.entries(relativeFolder);
			return entries.toArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
