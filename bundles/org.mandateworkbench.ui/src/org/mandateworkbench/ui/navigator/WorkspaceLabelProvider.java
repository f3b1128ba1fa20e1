package org.mandateworkbench.ui.navigator;

import java.nio.file.Path;

import org.eclipse.jface.viewers.LabelProvider;

/** Labels workspace entries by their file name. */
public final class WorkspaceLabelProvider extends LabelProvider {

	@Override
	public String getText(Object element) {
		return element instanceof Path path ? path.getFileName().toString() : super.getText(element);
	}
}
