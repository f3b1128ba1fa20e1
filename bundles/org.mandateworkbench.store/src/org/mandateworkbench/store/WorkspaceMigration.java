package org.mandateworkbench.store;

import java.io.IOException;

/**
 * Upgrades a workspace from schema version {@link #fromVersion()} to the next one. Migrations run while
 * the workspace is locked, one step at a time; after each step the new version is written to
 * workspace.properties, so an interrupted chain resumes where it stopped. A migration must therefore
 * be safe to run again on a workspace it already partly changed.
 */
public interface WorkspaceMigration {

	/** The schema version this migration reads; it leaves the workspace at {@code fromVersion() + 1}. */
	int fromVersion();

	/** Changes the workspace's files in place. */
	void migrate(Workspace workspace) throws IOException;
}
