package org.mandateworkbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.WorkspaceEntry;
import org.mandateworkbench.store.WorkspaceEntry.Kind;
import org.mandateworkbench.store.WorkspaceException;
import org.mandateworkbench.store.WorkspaceMigration;
import org.mandateworkbench.store.WorkspaceVersionException;
import org.mandateworkbench.store.Workspaces;

class WorkspacesTest {

	@TempDir
	Path folder;

	@Test
	void createsLayoutAndPropertiesInNewFolder() throws IOException {
		Path root = folder.resolve("new").resolve("ws");
		try (Workspace workspace = Workspaces.open(root)) {
			assertEquals(root, workspace.root());
			assertTrue(Files.isDirectory(workspace.modelFolder()));
			assertTrue(Files.isDirectory(workspace.sourcesFolder()));
			assertTrue(Files.isDirectory(workspace.indexFolder()));
			assertEquals(Workspaces.SCHEMA_VERSION, workspace.schemaVersion());
			Properties properties = readProperties(root);
			assertEquals(Integer.toString(Workspaces.SCHEMA_VERSION), properties.getProperty("schema.version"));
			assertEquals(workspace.created().toString(), properties.getProperty("created"));
		}
	}

	@Test
	void keepsCreationTimeWhenReopened() throws IOException {
		Workspace first = Workspaces.open(folder);
		first.close();
		try (Workspace second = Workspaces.open(folder)) {
			assertEquals(first.created(), second.created());
		}
	}

	@Test
	void refusesWorkspaceWithNewerSchemaVersion() throws IOException {
		writeProperties(Workspaces.SCHEMA_VERSION + 1);
		WorkspaceVersionException refusal = assertThrows(WorkspaceVersionException.class,
				() -> Workspaces.open(folder));
		assertEquals(Workspaces.SCHEMA_VERSION + 1, refusal.foundVersion());
		assertEquals(Workspaces.SCHEMA_VERSION, refusal.supportedVersion());
		assertEquals(folder, refusal.folder());
		String message = refusal.getMessage();
		assertTrue(message.contains(folder.toString()), message);
		assertTrue(message.contains(Integer.toString(Workspaces.SCHEMA_VERSION + 1)), message);
		assertEquals(Integer.toString(Workspaces.SCHEMA_VERSION + 1),
				readProperties(folder).getProperty("schema.version"), "a refused workspace must not be changed");
		writeProperties(Workspaces.SCHEMA_VERSION);
		Workspaces.open(folder).close();
	}

	@Test
	void runsMigrationForOlderSchemaVersion() throws IOException {
		writeProperties(Workspaces.SCHEMA_VERSION - 1);
		List<Integer> migratedFrom = new ArrayList<>();
		WorkspaceMigration migration = new WorkspaceMigration() {
			@Override
			public int fromVersion() {
				return Workspaces.SCHEMA_VERSION - 1;
			}

			@Override
			public void migrate(Workspace workspace) throws IOException {
				migratedFrom.add(workspace.schemaVersion());
				Files.writeString(workspace.modelFolder().resolve("migrated.txt"), "done");
			}
		};
		try (Workspace workspace = Workspaces.open(folder, List.of(migration))) {
			assertEquals(List.of(Workspaces.SCHEMA_VERSION - 1), migratedFrom);
			assertEquals(Workspaces.SCHEMA_VERSION, workspace.schemaVersion());
			assertTrue(Files.exists(workspace.modelFolder().resolve("migrated.txt")));
			assertEquals(1, workspace.openingNotes().size(), workspace.openingNotes().toString());
		}
		assertEquals(Integer.toString(Workspaces.SCHEMA_VERSION), readProperties(folder).getProperty("schema.version"));
	}

	@Test
	void refusesOlderSchemaVersionWithoutMigration() throws IOException {
		writeProperties(Workspaces.SCHEMA_VERSION - 1);
		WorkspaceVersionException refusal = assertThrows(WorkspaceVersionException.class,
				() -> Workspaces.open(folder));
		assertEquals(Workspaces.SCHEMA_VERSION - 1, refusal.foundVersion());
	}

	@Test
	void refusesNonEmptyFolderThatIsNotWorkspace() throws IOException {
		Files.writeString(folder.resolve("holiday.jpg"), "not a workspace");
		WorkspaceException refusal = assertThrows(WorkspaceException.class, () -> Workspaces.open(folder));
		assertTrue(refusal.getMessage().contains(folder.toString()), refusal.getMessage());
		assertTrue(refusal.getMessage().contains(Workspace.PROPERTIES_FILE), refusal.getMessage());
	}

	@Test
	void reportsDamagedSchemaVersionWithFileAndValue() throws IOException {
		Files.writeString(folder.resolve(Workspace.PROPERTIES_FILE), "schema.version=one\ncreated=2018-02-09T00:00:00Z\n");
		WorkspaceException refusal = assertThrows(WorkspaceException.class, () -> Workspaces.open(folder));
		assertTrue(refusal.getMessage().contains(Workspace.PROPERTIES_FILE), refusal.getMessage());
		assertTrue(refusal.getMessage().contains("one"), refusal.getMessage());
	}

	@Test
	void listsTopLevelFoldersFirstAndHidesInternalFiles() throws IOException {
		try (Workspace workspace = Workspaces.open(folder)) {
			Files.writeString(folder.resolve("readme.txt"), "hello");
			Files.writeString(workspace.sourcesFolder().resolve("note-en.txt"), "note");
			Files.writeString(workspace.indexFolder().resolve("segments"), "x");
			List<WorkspaceEntry> entries = workspace.entries();
			assertEquals(List.of("model", "sources", "readme.txt"), entries.stream().map(WorkspaceEntry::name).toList());
			assertEquals(List.of(Kind.FOLDER, Kind.FOLDER, Kind.DOCUMENT),
					entries.stream().map(WorkspaceEntry::kind).toList());
			assertEquals(5, entries.get(2).size());
			WorkspaceEntry note = workspace.entries("sources").get(0);
			assertEquals("sources/note-en.txt", note.relativePath());
			assertEquals(workspace.sourcesFolder().resolve("note-en.txt"), note.resolve(folder));
		}
	}

	@Test
	void refusesListingOutsideWorkspace() throws IOException {
		try (Workspace workspace = Workspaces.open(folder.resolve("ws"))) {
			assertThrows(IllegalArgumentException.class, () -> workspace.entries("../"));
		}
	}

	@Test
	void defaultLocationIsUnderUserHome() {
		assertEquals(Path.of(System.getProperty("user.home"), "MandateWorkbench"), Workspaces.defaultLocation());
	}

	private void writeProperties(int version) throws IOException {
		Files.writeString(folder.resolve(Workspace.PROPERTIES_FILE),
				"schema.version=" + version + "\ncreated=2018-02-09T10:00:00Z\n");
	}

	private static Properties readProperties(Path root) throws IOException {
		Properties properties = new Properties();
		try (var in = Files.newInputStream(root.resolve(Workspace.PROPERTIES_FILE))) {
			properties.load(in);
		}
		return properties;
	}
}
