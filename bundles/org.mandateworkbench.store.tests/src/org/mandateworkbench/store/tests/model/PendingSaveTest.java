package org.mandateworkbench.store.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.store.WorkspaceException;
import org.mandateworkbench.store.internal.PendingSave;

class PendingSaveTest {

	@TempDir
	Path folder;

	@Test
	void appliesWritesAndDeletesAndLeavesNoPendingFile() throws IOException {
		Files.writeString(folder.resolve("old.xmi"), "old");
		PendingSave.apply(folder, files("a.xmi", "first", "b.xmi", "second"), List.of("old.xmi"));
		assertEquals("first", Files.readString(folder.resolve("a.xmi")));
		assertEquals("second", Files.readString(folder.resolve("b.xmi")));
		assertFalse(Files.exists(folder.resolve("old.xmi")));
		assertFalse(Files.exists(folder.resolve(PendingSave.FILE_NAME)));
		assertFalse(PendingSave.recover(folder));
	}

	@Test
	void recoverFinishesAnInterruptedSave() throws IOException {
		// Produce a pending file as a save would, then put it where a crash would have left it.
		Path interrupted = Files.createDirectory(folder.resolve("interrupted"));
		Files.writeString(interrupted.resolve("a.xmi"), "stale");
		Files.writeString(interrupted.resolve("old.xmi"), "old");
		Path pending = pendingFileFor(files("a.xmi", "new a\nwith two lines\n", "b.xmi", ""), List.of("old.xmi"));
		Files.copy(pending, interrupted.resolve(PendingSave.FILE_NAME));
		assertTrue(PendingSave.recover(interrupted));
		assertEquals("new a\nwith two lines\n", Files.readString(interrupted.resolve("a.xmi")));
		assertEquals("", Files.readString(interrupted.resolve("b.xmi")));
		assertFalse(Files.exists(interrupted.resolve("old.xmi")));
		assertFalse(Files.exists(interrupted.resolve(PendingSave.FILE_NAME)));
	}

	@Test
	void refusesDamagedPendingFile() throws IOException {
		Path pending = pendingFileFor(files("a.xmi", "content", "b.xmi", "more"), List.of());
		byte[] bytes = Files.readAllBytes(pending);
		bytes[bytes.length / 2] ^= 1;
		Path target = Files.createDirectories(folder.resolve("workspace/model"));
		Files.write(target.resolve(PendingSave.FILE_NAME), bytes);
		WorkspaceException error = assertThrows(WorkspaceException.class, () -> PendingSave.recover(target));
		assertTrue(error.getMessage().contains(PendingSave.FILE_NAME), error.getMessage());
		assertFalse(Files.exists(target.resolve("a.xmi")));
	}

	// Applies a save to a throw-away folder whose deletes fail half-way, which leaves the pending file.
	private Path pendingFileFor(Map<String, byte[]> writes, List<String> deletes) throws IOException {
		Path capture = Files.createTempDirectory(folder, "capture");
		Files.createDirectory(capture.resolve("blocker.xmi"));
		Files.writeString(capture.resolve("blocker.xmi/inside"), "x");
		List<String> withBlocker = new java.util.ArrayList<>(deletes);
		withBlocker.add("blocker.xmi");
		assertThrows(IOException.class, () -> PendingSave.apply(capture, writes, withBlocker));
		Path pending = capture.resolve(PendingSave.FILE_NAME);
		assertTrue(Files.exists(pending));
		return pending;
	}

	private static Map<String, byte[]> files(String... namesAndContents) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (int i = 0; i < namesAndContents.length; i += 2) {
			files.put(namesAndContents[i], namesAndContents[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		return files;
	}
}
