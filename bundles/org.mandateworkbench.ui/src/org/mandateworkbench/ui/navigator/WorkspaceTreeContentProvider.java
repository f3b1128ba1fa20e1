package org.mandateworkbench.ui.navigator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.mandateworkbench.model.Identifiable;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.WorkspaceEntry;

/**
 * Tree content of the navigator: the {@link NavigatorGroup}s, the model objects below them (children
 * as the edit bundle's item providers give them, named objects only; a meeting's documents too) and
 * the source documents; or, for the mandate view, the {@link MandateGroup}s and their mandates.
 */
public final class WorkspaceTreeContentProvider implements ITreeContentProvider {

	private NavigatorInput input;

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		if (newInput instanceof NavigatorInput navigatorInput) {
			input = navigatorInput;
		} else if (newInput == null) {
			input = null;
		}
	}

	/** Sets the workspace whose model objects the mandate view's mandates belong to. */
	public void setNavigatorInput(NavigatorInput navigatorInput) {
		input = navigatorInput;
	}

	@Override
	public Object[] getElements(Object element) {
		if (element instanceof MandateGroupsInput groups) {
			return groups.groups().toArray();
		}
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
		if (parent instanceof MandateGroup group) {
			return group.mandates().toArray();
		}
		if (parent instanceof Meeting meeting && input != null && input.model() != null) {
			List<Object> children = new ArrayList<>(List.of(namedChildren(meeting)));
			input.model().root().getDocuments().stream().filter(d -> d.getMeeting() == meeting).forEach(children::add);
			return children.toArray();
		}
		if (parent instanceof EObject object && input != null && input.model() != null) {
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
