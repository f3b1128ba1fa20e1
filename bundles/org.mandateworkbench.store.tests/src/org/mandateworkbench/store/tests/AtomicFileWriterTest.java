package org.mandateworkbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.store.AtomicFileWriter;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

class AtomicFileWriterTest {

	@TempDir
	Path folder;

	@Test
	void createsMissingFile() throws IOException {
		Path file = folder.resolve("note.txt");
		AtomicFileWriter.writeString(file, "秘书处说明");
		assertEquals("秘书处说明", Files.readString(file, StandardCharsets.UTF_8));
	}

	@Test
	void replacesExistingContent() throws IOException {
		Path file = folder.resolve("note.txt");
		Files.writeString(file, "old content that is longer than the new one");
		AtomicFileWriter.writeString(file, "new");
		assertEquals("new", Files.readString(file));
	}

	@Test
	void leavesNoTempFilesBehind() throws IOException {
		Path file = folder.resolve("note.txt");
		for (int i = 0; i < 5; i++) {
			AtomicFileWriter.write(file, new byte[] { (byte) i });
		}
		assertEquals(List.of(file), listFolder());
	}

	@Test
	void deletesOrphanedTempFilesOnly() throws IOException {
		Path orphan = folder.resolve(".note.txt.12345" + AtomicFileWriter.TEMP_SUFFIX);
		Path kept = folder.resolve("note.txt");
		Files.writeString(orphan, "half writ");
		Files.writeString(kept, "whole");
		assertEquals(1, AtomicFileWriter.deleteOrphanedTempFiles(folder));
		assertEquals(List.of(kept), listFolder());
	}

	@Test
	void workspaceOpenRemovesTempFilesLeftByCrash() throws IOException {
		Path root = folder.resolve("ws");
		Workspaces.open(root).close();
		Path orphan = root.resolve(Workspace.MODEL_FOLDER).resolve(".demo.xmi.777" + AtomicFileWriter.TEMP_SUFFIX);
		Files.writeString(orphan, "partial");
		try (Workspace workspace = Workspaces.open(root)) {
			assertFalse(Files.exists(orphan));
			assertTrue(workspace.openingNotes().stream().anyMatch(note -> note.contains(orphan.getParent().toString())),
					workspace.openingNotes().toString());
		}
	}

	private List<Path> listFolder() throws IOException {
		try (Stream<Path> children = Files.list(folder)) {
			return children.sorted().toList();
		}
	}

	@Test
	void savedFileGetsTheSamePermissionsAsAnyNewFileInItsFolder() throws IOException {
		Path saved = folder.resolve("saved.txt");
		AtomicFileWriter.writeString(saved, "content");
		Path plain = Files.createFile(folder.resolve("plain.txt"));
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(saved));
	}
}
