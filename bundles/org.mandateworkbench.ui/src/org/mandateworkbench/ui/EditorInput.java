package org.mandateworkbench.ui;

/**
 * How an editor part tells other parts what it edits: the editor puts the edited model object into
 * its {@code MPart}'s transient data under {@link #TRANSIENT_KEY}. The navigator reads it to follow
 * the active editor.
 */
public final class EditorInput {

	/** Key of the edited {@code EObject} in an editor part's transient data. */
	public static final String TRANSIENT_KEY = "org.mandateworkbench.ui.editorInput"; //$NON-NLS-1$

	private EditorInput() {
	}
}
