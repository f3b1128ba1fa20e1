package org.mandateworkbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.store.DemoWorkspace;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.WorkspaceEntry;
import org.mandateworkbench.store.WorkspaceException;
import org.mandateworkbench.store.Workspaces;

class DemoWorkspaceTest {

	@TempDir
	Path folder;

	@Test
	void installsEveryListedFileIntoNewFolder() throws IOException {
		Path root = folder.resolve("demo");
		List<String> listed = DemoWorkspace.listedFiles();
		List<Path> installed = DemoWorkspace.install(root);
		assertEquals(listed.stream().map(root::resolve).toList(), installed);
		for (Path file : installed) {
			assertTrue(Files.size(file) > 0, file + " is empty");
		}
		try (Workspace workspace = Workspaces.open(root)) {
			List<String> sources = workspace.entries(Workspace.SOURCES_FOLDER).stream()
					.map(WorkspaceEntry::relativePath).toList();
			assertEquals(listed.stream().sorted().toList(), sources);
		}
	}

	@Test
	void installsChineseAndEnglishDocumentsAsUtf8() throws IOException {
		List<Path> installed = DemoWorkspace.install(folder);
		Path chinese = installed.stream().filter(p -> p.toString().endsWith("-zh.txt")).findFirst().orElseThrow();
		Path english = installed.stream().filter(p -> p.toString().endsWith("-en.txt")).findFirst().orElseThrow();
		assertTrue(Files.readString(chinese, StandardCharsets.UTF_8).contains("普通照会"));
		assertTrue(Files.readString(english, StandardCharsets.UTF_8).contains("note verbale"));
	}

	@Test
	void refusesNonEmptyFolder() throws IOException {
		Files.writeString(folder.resolve("mine.txt"), "keep me");
		WorkspaceException refusal = assertThrows(WorkspaceException.class, () -> DemoWorkspace.install(folder));
		assertTrue(refusal.getMessage().contains(folder.toString()), refusal.getMessage());
		assertEquals("keep me", Files.readString(folder.resolve("mine.txt")));
	}
}
