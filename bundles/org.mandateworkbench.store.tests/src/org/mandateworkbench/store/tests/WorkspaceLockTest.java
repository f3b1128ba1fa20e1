package org.mandateworkbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.WorkspaceLockedException;
import org.mandateworkbench.store.Workspaces;

class WorkspaceLockTest {

	@TempDir
	Path folder;

	private Process child;

	@AfterEach
	void stopChild() throws InterruptedException {
		if (child != null && child.isAlive()) {
			child.destroyForcibly();
			child.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void refusesSecondOpenInSameJvmNamingHolder() throws IOException {
		try (Workspace first = Workspaces.open(folder)) {
			WorkspaceLockedException refusal = assertThrows(WorkspaceLockedException.class,
					() -> Workspaces.open(folder));
			long pid = ProcessHandle.current().pid();
			assertEquals(pid, refusal.holder().pid());
			assertTrue(refusal.getMessage().contains(Long.toString(pid)), refusal.getMessage());
			assertTrue(refusal.getMessage().contains(refusal.holder().host()), refusal.getMessage());
			assertTrue(refusal.getMessage().contains(folder.toString()), refusal.getMessage());
			assertTrue(first.isOpen());
		}
	}

	@Test
	void reopensAfterCloseWithoutStaleNote() throws IOException {
		Workspace first = Workspaces.open(folder);
		first.close();
		assertFalse(first.isOpen());
		try (Workspace second = Workspaces.open(folder)) {
			assertTrue(second.openingNotes().isEmpty(), second.openingNotes().toString());
		}
	}

	@Test
	void refusesOpenWhileChildProcessHoldsLock() throws Exception {
		startChildHoldingLock();
		WorkspaceLockedException refusal = assertThrows(WorkspaceLockedException.class, () -> Workspaces.open(folder));
		assertEquals(child.pid(), refusal.holder().pid());
		assertTrue(refusal.getMessage().contains(Long.toString(child.pid())), refusal.getMessage());
	}

	@Test
	void releasesLockWhenChildClosesWorkspace() throws Exception {
		startChildHoldingLock();
		child.getOutputStream().close();
		assertTrue(child.waitFor(30, TimeUnit.SECONDS));
		assertEquals(0, child.exitValue());
		try (Workspace workspace = Workspaces.open(folder)) {
			assertTrue(workspace.openingNotes().isEmpty(), workspace.openingNotes().toString());
		}
	}

	@Test
	void recoversStaleLockAfterChildIsKilled() throws Exception {
		startChildHoldingLock();
		long childPid = child.pid();
		child.destroyForcibly();
		assertTrue(child.waitFor(30, TimeUnit.SECONDS));
		try (Workspace workspace = Workspaces.open(folder)) {
			String note = String.join("\n", workspace.openingNotes());
			assertTrue(note.contains(Long.toString(childPid)), note);
			assertTrue(note.contains(folder.toString()), note);
		}
	}

	private void startChildHoldingLock() throws IOException {
		String java = ProcessHandle.current().info().command().orElseThrow();
		child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				LockHoldingMain.class.getName(), folder.toString()).redirectErrorStream(true).start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		String line;
		while ((line = output.readLine()) != null) {
			if (line.equals(LockHoldingMain.READY)) {
				return;
			}
			seen.append(line).append('\n');
		}
		throw new AssertionError("child JVM ended without opening the workspace:\n" + seen);
	}

}
