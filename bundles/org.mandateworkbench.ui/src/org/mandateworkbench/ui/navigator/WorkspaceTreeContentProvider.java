package org.mandateworkbench.ui.navigator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.mandateworkbench.model.Identifiable;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.WorkspaceEntry;

/**
 * Tree content of the navigator: the {@link NavigatorGroup}s, the model objects below them (children
 * as the edit bundle's item providers give them, named objects only) and the source documents.
 */
public final class WorkspaceTreeContentProvider implements ITreeContentProvider {

	private NavigatorInput input;

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		input = newInput instanceof NavigatorInput navigatorInput ? navigatorInput : null;
	}

	@Override
	public Object[] getElements(Object element) {
		if (input == null) {
			return new Object[0];
		}
		return input.model() == null ? new Object[] { NavigatorGroup.SOURCES } : NavigatorGroup.values();
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof NavigatorGroup group) {
			return group == NavigatorGroup.SOURCES ? entries(Workspace.SOURCES_FOLDER)
					: group.modelContent(input.model().root()).toArray();
		}
		if (parent instanceof WorkspaceEntry folder && folder.kind() == WorkspaceEntry.Kind.FOLDER) {
			return entries(folder.relativePath());
		}
		if (parent instanceof EObject object && input.model() != null) {
			return namedChildren(object);
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof EObject object ? object.eContainer() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}

	private Object[] namedChildren(EObject object) {
		ITreeItemContentProvider provider = (ITreeItemContentProvider) input.model().adapterFactory().adapt(object,
				ITreeItemContentProvider.class);
		Collection<?> children = provider == null ? object.eContents() : provider.getChildren(object);
		return children.stream().filter(Identifiable.class::isInstance).toArray();
	}

	private Object[] entries(String relativeFolder) {
		try {
			return input.workspace().entries(relativeFolder).toArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
