package org.mandateworkbench.ingest.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

/** {@code mwb import FILE...} without --dry-run: imports into the workspace, once. */
class ImportCommandCommitTest {

	@TempDir
	Path folder;

	private ImportCommandHarness command;

	private int run(Path workspace, String... arguments) throws Exception {
		if (command == null) {
			command = new ImportCommandHarness(folder);
		}
		return command.run(workspace, arguments);
	}

	private Path workspace() throws Exception {
		Path workspace = folder.resolve("ws");
		MergeWorkspace.create(workspace).close();
		return workspace;
	}

	@Test
	void importsOnceAndSaysSoTheSecondTime() throws Exception {
		Path workspace = workspace();
		Files.writeString(folder.resolve("en.txt"), MergeFixtures.ENGLISH);
		Files.writeString(folder.resolve("zh.txt"), MergeFixtures.CHINESE);

		assertEquals(ExitCodes.OK, run(workspace, "en.txt", "zh.txt"), command.err());
		String report = command.out();
		assertTrue(report.contains("en.txt: CAC/COSP/EG.1/2020/2:"), report);
		assertTrue(report.contains("not placed: RESOLUTION resolution 8/1"), report);
		assertTrue(Files.exists(workspace.resolve("sources/CAC_COSP_EG.1_2020_2.zh.txt")));

		assertEquals(ExitCodes.OK, run(workspace, "en.txt", "zh.txt"));
		report = command.out();
		assertTrue(report.contains("en.txt: CAC/COSP/EG.1/2020/2: already in the workspace"), report);
		assertTrue(report.contains("Nothing to change"), report);

		try (Workspace opened = Workspaces.open(workspace); ModelStore store = ModelStore.open(opened)) {
			assertEquals(2, store.root().getDocuments().size());
			assertNotNull(store.root().getDocuments().stream()
					.filter(d -> d.getSymbol().toString().equals(MergeFixtures.SYMBOL)).findFirst().orElseThrow()
					.getMeeting());
			assertFalse(store.isDirty());
		}
	}

	@Test
	void aFileThatCannotBeReadImportsNothing() throws Exception {
		Path workspace = workspace();
		Files.writeString(folder.resolve("en.txt"), MergeFixtures.ENGLISH);
		Files.write(folder.resolve("empty.txt"), new byte[0]);

		assertEquals(ExitCodes.USER_ERROR, run(workspace, "en.txt", "empty.txt"));
		assertTrue(command.err().contains("empty.txt"));
		try (Workspace opened = Workspaces.open(workspace); ModelStore store = ModelStore.open(opened)) {
			assertEquals(1, store.root().getDocuments().size());
		}
		assertFalse(Files.exists(workspace.resolve("sources/CAC_COSP_EG.1_2020_2.en.txt")));
	}

	@Test
	void jsonIsPrintedAsInADryRunAndTheReportGoesToStandardError() throws Exception {
		Path workspace = workspace();
		Files.writeString(folder.resolve("en.txt"), MergeFixtures.ENGLISH);
		assertEquals(ExitCodes.OK, run(workspace, "--json", "en.txt"));
		assertTrue(command.out().startsWith("{"));
		assertTrue(command.err().contains("Imported 1 file(s)"), command.err());
	}

	@Test
	void refusesAFolderThatIsNotAWorkspace() {
		UsageException refused = assertThrows(UsageException.class,
				() -> run(folder.resolve("nowhere"), "en.txt"));
		assertTrue(refused.getMessage().contains("nowhere"), refused.getMessage());
	}
}
