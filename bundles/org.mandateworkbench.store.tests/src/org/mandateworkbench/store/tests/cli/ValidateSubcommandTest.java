package org.mandateworkbench.store.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.store.DemoWorkspace;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;
import org.mandateworkbench.store.cli.ValidateSubcommand;

class ValidateSubcommandTest {

	@TempDir
	Path temp;

	private CapturedRun command;

	private int validate(String... arguments) throws Exception {
		if (command == null) {
			command = new CapturedRun(new ValidateSubcommand(), temp);
		}
		return command.run(arguments);
	}

	private String output() {
		return command.output();
	}

	@Test
	void theDemoWorkspaceValidatesWithoutErrors() throws Exception {
		DemoWorkspace.install(temp.resolve("demo"));
		assertEquals(ExitCodes.OK, validate("demo"), output());
		assertTrue(output().contains("0 error(s)"), output());
	}

	@Test
	void aResponseDatedBeforeItsNoteVerbaleIsReportedWithItsFileAndExitsOne() throws Exception {
		Path folder = temp.resolve("broken");
		DemoWorkspace.install(folder);
		String responseId;
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			StateResponse response = store.root().getMandates().stream().map(Mandate::getActions)
					.flatMap(List::stream).filter(NoteVerbale.class::isInstance).map(NoteVerbale.class::cast)
					.filter(note -> note.getDate() != null).flatMap(note -> note.getResponses().stream())
					.findFirst().orElseThrow();
			responseId = response.getId();
			store.execute(SetCommand.create(store.editingDomain(), response,
					MandatesPackage.Literals.STATE_RESPONSE__RECEIVED_DATE,
					((NoteVerbale) response.eContainer()).getDate().minusDays(1)));
			store.save();
		}
		assertEquals(ExitCodes.USER_ERROR, validate("broken"));
		String line = output().lines().filter(l -> l.contains("StateResponse.receivedAfterNote")).findFirst()
				.orElseThrow(() -> new AssertionError(output()));
		assertTrue(line.startsWith("model/mandates-"), line);
		assertTrue(line.contains(": error: "), line);
		assertTrue(line.contains(responseId) || line.contains(":"), line);
	}

	@Test
	void aFolderWithoutWorkspaceIsAUserError() {
		UsageException refusal = assertThrows(UsageException.class, () -> validate("nowhere"));
		assertTrue(refusal.getMessage().contains("nowhere"), refusal.getMessage());
	}
}
