package org.mandateworkbench.store.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

/**
 * Kills a child JVM that keeps saving, at random moments, and checks after each kill that the model
 * opens, that no edit reported as committed is lost and that each save was applied whole: the root's
 * name and the number of mandates always agree, although they live in different files.
 */
class CrashSafetyTest {

	private static final long SEED = 20180209L;
	private static final int KILLS = 50;
	private static final int MAX_DELAY_MS = 150;

	@TempDir
	Path folder;

	private int openingNotes;

	@Test
	void killedSavesNeverLoseCommittedEditsNorLeavePartialState() throws Exception {
		Random random = new Random(SEED);
		int committed = 0;
		int killedDuringWork = 0;
		int finishedByNextOpen = 0;
		for (int kill = 0; kill < KILLS; kill++) {
			int lastPrinted = runAndKill(random.nextInt(MAX_DELAY_MS));
			if (lastPrinted > 0) {
				committed = lastPrinted;
			}
			int notesBefore = openingNotes;
			int present = verify(committed, "kill " + kill + " (seed " + SEED + ")");
			finishedByNextOpen += openingNotes - notesBefore;
			if (present > committed) {
				killedDuringWork++;
			}
			committed = present;
		}
		assertTrue(committed >= KILLS, "the children saved too little to test anything: " + committed);
		System.out.println("CrashSafetyTest: " + committed + " committed edits, " + killedDuringWork
				+ " kills after a save had reached the disk but before it was reported, " + finishedByNextOpen
				+ " interrupted saves finished on the next open");
	}

	// Returns the last N the child reported as committed, 0 if none.
	private int runAndKill(int delayMs) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				CrashLoopMain.class.getName(), folder.toString()).redirectErrorStream(true).start();
		AtomicInteger last = new AtomicInteger();
		CompletableFuture<Boolean> ready = new CompletableFuture<>();
		CompletableFuture<Boolean> saving = new CompletableFuture<>();
		StringBuilder output = new StringBuilder();
		AtomicReference<IOException> readFailure = new AtomicReference<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					if (line.equals(CrashLoopMain.READY)) {
						ready.complete(true);
					} else if (line.startsWith(CrashLoopMain.COMMITTED)) {
						last.set(Integer.parseInt(line.substring(CrashLoopMain.COMMITTED.length())));
						saving.complete(true);
					} else if (output.length() < 10_000) {
						output.append(line).append('\n');
					}
				}
			} catch (IOException e) {
				// The stream is only closed after its end was read, so this is a real failure.
				readFailure.set(e);
			}
			ready.complete(false);
			saving.complete(false);
		});
		reader.start();
		boolean exited = false;
		try {
			assertTrue(ready.get(60, TimeUnit.SECONDS), () -> "child did not open the model:\n" + output);
			// The delay counts from the child's first save, so a loaded machine still kills mid-work.
			assertTrue(saving.get(60, TimeUnit.SECONDS), () -> "child saved nothing:\n" + output);
			Thread.sleep(delayMs);
		} finally {
			// Not Process.destroyForcibly: it also closes the child's output at once, dropping the
			// "committed" lines a reader slowed by a busy machine has not reached yet. Killed through
			// its handle, the child's last lines stay in the pipe until the reader reaches its end.
			child.toHandle().destroyForcibly();
			exited = child.waitFor(60, TimeUnit.SECONDS);
			reader.join(60_000);
		}
		assertTrue(exited, "the killed child did not exit");
		assertFalse(reader.isAlive(), "the child's output was not read to its end");
		assertNull(readFailure.get(), () -> "reading the child's output failed: " + readFailure.get());
		return last.get();
	}

	// Returns how many edits the model holds.
	private int verify(int committed, String when) throws IOException {
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			openingNotes += store.openingNotes().size();
			int present = store.root().getMandates().size();
			assertTrue(present >= committed, when + ": committed " + committed + " but only " + present + " present");
			assertTrue(present <= committed + 1, when + ": " + present + " edits but only " + committed + " committed");
			assertEquals(present == 0 ? null : "edit-" + present, store.root().getName(),
					when + ": the root's file and the mandates' files are from different saves");
			Set<String> ids = new HashSet<>();
			for (Mandate mandate : store.root().getMandates()) {
				ids.add(mandate.getId());
			}
			for (int n = 1; n <= present; n++) {
				assertTrue(ids.contains("crash-" + n), when + ": mandate crash-" + n + " is missing");
			}
			assertEquals(present, store.journal().entries().size(),
					when + ": every save on disk must have its journal entry");
			return present;
		}
	}
}
