package org.mandateworkbench.store.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.store.DemoWorkspace;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.cli.WorkspaceSubcommand;

class WorkspaceSubcommandTest {

	@TempDir
	Path temp;

	private CapturedRun command;

	private int run(String... arguments) throws Exception {
		if (command == null) {
			command = new CapturedRun(new WorkspaceSubcommand(), temp);
		}
		return command.run(arguments);
	}

	private String output() {
		return command.output();
	}

	@Test
	void initCreatesAnEmptyWorkspaceRelativeToTheCurrentDirectory() throws Exception {
		assertEquals(ExitCodes.OK, run("init", "new-workspace"));
		assertTrue(Files.isRegularFile(temp.resolve("new-workspace").resolve(Workspace.PROPERTIES_FILE)));
		assertTrue(output().contains(temp.resolve("new-workspace").toString()), output());
	}

	@Test
	void initWithDemoWritesEveryDemoDocument() throws Exception {
		assertEquals(ExitCodes.OK, run("init", "demo", "--demo"));
		for (String listed : DemoWorkspace.listedFiles()) {
			assertTrue(Files.isRegularFile(temp.resolve("demo").resolve(listed)), listed);
		}
	}

	@Test
	void initRefusesAFolderThatAlreadyHoldsFiles() throws Exception {
		Files.writeString(temp.resolve("notes.txt"), "mine");
		UsageException refusal = assertThrows(UsageException.class, () -> run("init", "."));
		assertTrue(refusal.getMessage().contains(temp.toString()), refusal.getMessage());
	}

	@Test
	void infoDescribesTheWorkspaceAndItsEntries() throws Exception {
		run("init", "demo", "--demo");
		command.clear();
		assertEquals(ExitCodes.OK, run("info", "demo"));
		assertTrue(output().contains("Schema version: 1"), output());
		assertTrue(output().contains("sources"), output());
	}

	@Test
	void infoOnAFolderWithoutWorkspaceIsAUserError() {
		UsageException refusal = assertThrows(UsageException.class, () -> run("info", "nowhere"));
		assertTrue(refusal.getMessage().contains("mwb workspace init"), refusal.getMessage());
	}

	@Test
	void infoOnAWorkspaceOpenElsewhereNamesTheHolder() throws Exception {
		run("init", "busy");
		try (Workspace open = org.mandateworkbench.store.Workspaces.open(temp.resolve("busy"))) {
			UsageException refusal = assertThrows(UsageException.class, () -> run("info", "busy"));
			assertTrue(refusal.getMessage().contains(Long.toString(ProcessHandle.current().pid())),
					refusal.getMessage());
		}
	}

	@Test
	void missingOrUnknownActionIsAUserError() {
		assertThrows(UsageException.class, () -> run());
		UsageException unknown = assertThrows(UsageException.class, () -> run("grow"));
		assertTrue(unknown.getMessage().contains("grow"));
		assertFalse(unknown.getMessage().isBlank());
	}
}
