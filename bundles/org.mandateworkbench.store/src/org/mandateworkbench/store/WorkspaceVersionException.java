package org.mandateworkbench.store;

import java.nio.file.Path;

/**
 * The workspace's schema version cannot be used by this program: either it is newer than the program
 * supports, or it is older and no migration leads from it to the supported version.
 */
public final class WorkspaceVersionException extends WorkspaceException {

	private static final long serialVersionUID = 1L;

	private final int foundVersion;
	private final int supportedVersion;

	/** Creates the exception; the message names the folder and both versions. */
	public WorkspaceVersionException(Path folder, int foundVersion, int supportedVersion, String message) {
		super(folder, message);
		this.foundVersion = foundVersion;
		this.supportedVersion = supportedVersion;
	}

	/** The version written in the workspace. */
	public int foundVersion() {
		return foundVersion;
	}

	/** The version this program reads and writes. */
	public int supportedVersion() {
		return supportedVersion;
	}
}
