package org.mandateworkbench.ui;

/** Names under which the application puts shared objects into the workbench context. */
public final class UiContextKeys {

	/** The open workspace's folder, a {@link java.nio.file.Path}. */
	public static final String WORKSPACE_FOLDER = "org.mandateworkbench.workspace.folder"; //$NON-NLS-1$

	private UiContextKeys() {
	}
}
