package org.mandateworkbench.ui.search;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

/** The facet tree: the input is the list of dimensions; each has its values as children. */
final class FacetTreeContent implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> dimensions ? dimensions.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof FacetNode.Dimension dimension ? dimension.values().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof FacetNode.Dimension dimension && !dimension.values().isEmpty();
	}
}
