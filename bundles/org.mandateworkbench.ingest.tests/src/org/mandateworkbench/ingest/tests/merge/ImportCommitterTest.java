package org.mandateworkbench.ingest.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mandateworkbench.ingest.tests.merge.MergeWorkspace.of;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.ingest.commit.CommitResult;
import org.mandateworkbench.ingest.commit.ImportCommitException;
import org.mandateworkbench.ingest.merge.ImportChange;
import org.mandateworkbench.ingest.merge.ImportPlan;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.NoteVerbale;

class ImportCommitterTest {

	@TempDir
	Path folder;

	@Test
	void commitIsOneCommandThatOneUndoTakesBack() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			int documents = w.store.root().getDocuments().size();
			ImportPlan plan = w.plan("note-en.txt", MergeFixtures.ENGLISH);
			CommitResult result = w.commit(plan);

			assertNotNull(result.command());
			assertEquals(plan.committedChanges().size(), result.changes());
			assertTrue(w.store.commandStack().getUndoCommand() == result.command());
			Document document = w.document(MergeFixtures.SYMBOL);
			assertNotNull(document);
			assertEquals(3, document.getMeeting().getRecommendations().size());
			assertEquals(4, w.store.root().getStates().size());
			Mandate mandate = w.store.root().getMandates().get(0);
			NoteVerbale note = (NoteVerbale) mandate.getActions().get(0);
			assertEquals(4, note.getResponses().size());
			assertEquals(1, w.store.root().getIndicators().size());
			assertTrue(w.store.isDirty());

			w.store.commandStack().undo();
			assertNull(w.document(MergeFixtures.SYMBOL));
			assertEquals(documents, w.store.root().getDocuments().size());
			assertEquals(1, w.store.root().getStates().size());
			assertTrue(w.store.root().getMandates().isEmpty());
			assertTrue(w.store.root().getIndicators().isEmpty());
			assertTrue(w.store.root().getBodies().get(0).getMeetings().isEmpty());
			assertFalse(w.store.commandStack().canUndo(), "the import was one command");
			assertFalse(w.store.isDirty());

			w.store.commandStack().redo();
			assertNotNull(w.document(MergeFixtures.SYMBOL));
		}
	}

	@Test
	void sourceTextIsKeptInTheWorkspaceWithTheDocument() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			CommitResult result = w.commit(w.plan("note-en.txt", MergeFixtures.ENGLISH));
			w.reopen();

			LanguageVersion version = w.document(MergeFixtures.SYMBOL).getVersions().get(0);
			assertEquals("en", version.getLanguage());
			assertTrue(version.isOriginal());
			assertEquals("Follow-up on the requests for information", version.getTitle());
			assertEquals(MergeFixtures.ENGLISH, version.getText(), "the text is in the model, so the index finds it");
			Path kept = w.workspace.root().resolve(version.getFile());
			assertEquals(w.workspace.sourcesFolder(), kept.getParent());
			assertEquals(MergeFixtures.ENGLISH, Files.readString(kept, StandardCharsets.UTF_8));
			assertEquals(java.util.List.of(kept), result.sources());
			assertTrue(w.workspace.entries("sources").stream().anyMatch(e -> e.relativePath().equals(version.getFile())));
		}
	}

	@Test
	void importingTheSameFileAgainChangesNothing() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			w.commit(w.plan("note-en.txt", MergeFixtures.ENGLISH, "note-zh.txt", MergeFixtures.CHINESE)
					.toArray(ImportPlan[]::new));
			w.reopen();
			byte[] saved = Files.readAllBytes(w.workspace.modelFolder().resolve("workspace.xmi"));

			ImportPlan again = w.plan("renamed-copy.txt", MergeFixtures.ENGLISH);
			assertTrue(again.changesNothing(), again.changes().toString());
			assertTrue(again.count(ImportChange.Kind.MATCHED) > 10, again.changes().toString());
			ImportPlan chinese = w.plan("note-zh.txt", MergeFixtures.CHINESE);
			assertTrue(chinese.changesNothing(), chinese.changes().toString());
			CommitResult result = w.commit(again, chinese);
			assertNull(result.command());
			assertFalse(w.store.isDirty());
			assertTrue(w.store.save().writtenFiles().isEmpty());
			assertEquals(new String(saved, StandardCharsets.UTF_8),
					Files.readString(w.workspace.modelFolder().resolve("workspace.xmi")));
		}
	}

	@Test
	void rejectedChangesAndWhatNeedsThemStayOut() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			ImportPlan plan = w.plan("note-en.txt", MergeFixtures.ENGLISH);
			of(plan, ImportChange.Kind.ADD, ImportChange.Category.MEETING).get(0).setAccepted(false);
			ImportChange canada = of(plan, ImportChange.Kind.ADD, ImportChange.Category.STATE).get(0);
			canada.setAccepted(false);
			w.commit(plan);

			Document document = w.document(MergeFixtures.SYMBOL);
			assertNotNull(document, "the document does not need the meeting");
			assertNull(document.getMeeting());
			assertTrue(w.store.root().getBodies().get(0).getMeetings().isEmpty());
			NoteVerbale note = (NoteVerbale) w.store.root().getMandates().get(0).getActions().get(0);
			assertEquals(java.util.List.of("BRA", "KEN", "NOR"),
					note.getResponses().stream().map(r -> r.getState().getIsoCode()).toList());
			w.reopen();
			assertTrue(w.store.openingNotes().isEmpty(), "no dangling reference: " + w.store.openingNotes());
		}
	}

	@Test
	void editedValueOfAnUpdateIsWhatGetsCommitted() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			w.commit(w.plan("note-en.txt", MergeFixtures.ENGLISH));
			String changed = MergeFixtures.ENGLISH.replace("15 July 2020", "16 July 2020");
			ImportPlan plan = w.plan("note-en.txt", changed);
			ImportChange date = plan.changes().stream()
					.filter(c -> c.kind() == ImportChange.Kind.UPDATE && c.feature().getName().equals("date")).findFirst()
					.orElseThrow(() -> new AssertionError(plan.changes().toString()));
			date.setValue(java.time.LocalDate.of(2020, 7, 17));
			w.commit(plan);
			assertEquals(java.time.LocalDate.of(2020, 7, 17), w.document(MergeFixtures.SYMBOL).getDate());
			assertEquals(changed, w.document(MergeFixtures.SYMBOL).getVersions().get(0).getText());
		}
	}

	@Test
	void failureToKeepTheSourceLeavesTheWorkspaceUnchanged() throws Exception {
		try (MergeWorkspace w = MergeWorkspace.create(folder)) {
			ImportPlan plan = w.plan("note-en.txt", MergeFixtures.ENGLISH);
			Files.delete(w.workspace.sourcesFolder());
			Files.writeString(w.workspace.sourcesFolder(), "a file where the folder should be");
			int documents = w.store.root().getDocuments().size();

			ImportCommitException failure = assertThrows(ImportCommitException.class, () -> w.commit(plan));
			assertTrue(failure.getMessage().contains("note-en.txt"), failure.getMessage());
			assertEquals(documents, w.store.root().getDocuments().size());
			assertFalse(w.store.commandStack().canUndo());
			assertFalse(w.store.isDirty());
		}
	}
}
