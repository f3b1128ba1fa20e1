package org.mandateworkbench.store;

import java.nio.file.Path;

/** Another process, or another open workspace in this JVM, holds the workspace lock. */
public final class WorkspaceLockedException extends WorkspaceException {

	private static final long serialVersionUID = 1L;

	private final transient LockHolder holder;

	/** Creates the exception; the message names the folder and the holder. */
	public WorkspaceLockedException(Path folder, LockHolder holder, String message) {
		super(folder, message);
		this.holder = holder;
	}

	/** Who holds the lock, as far as the lock file tells. */
	public LockHolder holder() {
		return holder;
	}
}
