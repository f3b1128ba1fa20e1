package org.mandateworkbench.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A folder or document in a workspace, as shown by a navigator before the model is loaded.
 *
 * @param name         file name
 * @param relativePath path relative to the workspace root, with '/' separators
 * @param kind         folder or document
 * @param size         size in bytes (0 for folders)
 * @param lastModified last modification time
 */
public record WorkspaceEntry(String name, String relativePath, Kind kind, long size, Instant lastModified) {

	/** Whether an entry is a folder or a document. */
	public enum Kind {
		/** A folder that may hold further entries. */
		FOLDER,
		/** A regular file. */
		DOCUMENT
	}

	/** Resolves this entry against the workspace root. */
	public Path resolve(Path root) {
		return root.resolve(relativePath);
	}
}
