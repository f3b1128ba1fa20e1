package org.mandateworkbench.ui.navigator;

import java.util.Locale;

import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * Keeps the tree elements whose label contains the filter text (ignoring case), and their
 * ancestors, so that matches deep in the tree stay reachable. Descends at most a few levels, so that
 * a filter never walks the whole workspace folder.
 */
public final class LabelFilter extends ViewerFilter {

	private static final int MAX_DEPTH = 4;

	private final ITreeContentProvider content;
	private final ILabelProvider labels;
	private String wanted = ""; //$NON-NLS-1$

	public LabelFilter(ITreeContentProvider content, ILabelProvider labels) {
		this.content = content;
		this.labels = labels;
	}

	/** Sets the text to look for; blank keeps everything. */
	public void setText(String text) {
		wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	public boolean isActive() {
		return !wanted.isEmpty();
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		return wanted.isEmpty() || matches(element, 0);
	}

	private boolean matches(Object element, int depth) {
		String label = labels.getText(element);
		if (label != null && label.toLowerCase(Locale.ROOT).contains(wanted)) {
			return true;
		}
		if (depth >= MAX_DEPTH) {
			return false;
		}
		for (Object child : content.getChildren(element)) {
			if (matches(child, depth + 1)) {
				return true;
			}
		}
		return false;
	}
}
