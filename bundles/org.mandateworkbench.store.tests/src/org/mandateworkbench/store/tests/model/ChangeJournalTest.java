package org.mandateworkbench.store.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.store.ChangeJournal;
import org.mandateworkbench.store.JournalChange;
import org.mandateworkbench.store.JournalEntry;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.WorkspaceException;
import org.mandateworkbench.store.Workspaces;

class ChangeJournalTest {

	@TempDir
	Path folder;

	@Test
	void appendsOneEntryPerSaveReadableAfterReopen() throws IOException {
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace, "\u674e \"Li\"")) {
			store.execute(SampleModel.addAll(store, SampleModel.create()));
			store.save();
			Mandate mandate = store.root().getMandates().get(0);
			store.execute(SetCommand.create(store.editingDomain(), mandate, MandatesPackage.Literals.MANDATE__STATUS,
					MandateStatus.COMPLETED));
			store.execute(SetCommand.create(store.editingDomain(), mandate.getTitle().getValues().get(0),
					MandatesPackage.Literals.LOCALIZED_STRING__VALUE, "Progress note, second draft"));
			store.commandStack().undo();
			store.save();
			assertFalse(store.save().savedAnything());
		}
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			List<JournalEntry> entries = store.journal().entries();
			assertEquals(2, entries.size());
			assertEquals(List.of(1L, 2L), entries.stream().map(JournalEntry::sequence).toList());
			assertEquals(2, store.journal().lastSequence());
			JournalEntry second = entries.get(1);
			assertEquals("\u674e \"Li\"", second.author());
			assertTrue(!second.time().isBefore(entries.get(0).time()));
			assertEquals(List.of("execute", "execute", "undo"),
					second.operations().stream().map(JournalEntry.Operation::kind).toList());
			assertTrue(second.changes().contains(new JournalChange("mandate-1", "", "Mandate", "status", "set")),
					second.changes().toString());
			assertTrue(second.changes().contains(
					new JournalChange("mandate-1", "title/values[0]", "LocalizedString", "value", "set")),
					second.changes().toString());
			assertEquals(List.of(ModelStoreTest.bucketFile("mandates-", "mandate-1")), second.writtenFiles());
			assertEquals(List.of(second), store.journal().entriesTouching("mandate-1"));
			assertEquals("add-many", entries.get(0).changes().stream()
					.filter(c -> c.feature().equals("bodies")).findFirst().orElseThrow().kind());
		}
	}

	@Test
	void removesIncompleteLastLineLeftByCrash() throws IOException {
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			store.execute(SampleModel.addAll(store, SampleModel.create()));
			store.save();
		}
		Path journal = folder.resolve("model").resolve(ChangeJournal.FILE_NAME);
		Files.writeString(journal, "{\"seq\":2,\"time\":\"20", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			assertEquals(1, store.openingNotes().size(), store.openingNotes().toString());
			assertEquals(1, store.journal().entries().size());
			store.root().setName("renamed");
			assertEquals(2, store.save().sequence());
			assertEquals(2, store.journal().entries().size());
		}
	}

	@Test
	void namesFileAndLineOfDamagedEntry() throws IOException {
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			store.root().setName("first");
			store.save();
			Path journal = store.journal().file();
			Files.writeString(journal, "{\"seq\":\"two\"}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
			WorkspaceException error = assertThrows(WorkspaceException.class, () -> store.journal().entries());
			assertTrue(error.getMessage().contains(journal + ", line 2"), error.getMessage());
		}
	}
}
