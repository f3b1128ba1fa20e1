package org.mandateworkbench.ui.navigator;

import java.nio.file.Path;

import org.eclipse.jface.viewers.ITreeContentProvider;

/** Tree content over a workspace folder; the input is the folder's {@link Path}. */
public final class WorkspaceTreeContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Path folder ? WorkspaceEntries.children(folder).toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		return getElements(parent);
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof Path path ? path.getParent() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof Path path && WorkspaceEntries.hasChildren(path);
	}
}
