package org.mandateworkbench.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A workspace cannot be opened or changed for a reason the user can act on. The message is
 * translated and names the workspace folder.
 */
public class WorkspaceException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path folder;

	/** Creates the exception for the given workspace folder with a user-facing message. */
	public WorkspaceException(Path folder, String message) {
		super(message);
		this.folder = folder;
	}

	/** The workspace folder concerned. */
	public Path folder() {
		return folder;
	}
}
