package org.mandateworkbench.ui.navigator;

import org.eclipse.jface.viewers.LabelProvider;
import org.mandateworkbench.store.WorkspaceEntry;

/** Labels workspace entries by their name. */
public final class WorkspaceLabelProvider extends LabelProvider {

	@Override
	public String getText(Object element) {
		return element instanceof WorkspaceEntry entry ? entry.name() : super.getText(element);
	}
}
