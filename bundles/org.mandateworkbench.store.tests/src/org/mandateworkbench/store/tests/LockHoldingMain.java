package org.mandateworkbench.store.tests;

import java.nio.file.Path;

import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

/**
 * Run in a child JVM by the lock tests: opens the workspace given as the only argument, prints
 * {@link #READY} and then keeps the workspace open until its standard input closes or it is killed.
 */
public final class LockHoldingMain {

	/** Printed once the workspace is open. */
	public static final String READY = "workspace-open";

	private LockHoldingMain() {
	}

	public static void main(String[] args) throws Exception {
		try (Workspace workspace = Workspaces.open(Path.of(args[0]))) {
			System.out.println(READY);
			System.out.flush();
			while (System.in.read() >= 0) {
				// Wait for the parent to close our input.
			}
		}
	}
}
