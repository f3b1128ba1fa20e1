package org.mandateworkbench.index.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.index.IndexService;
import org.mandateworkbench.index.query.SearchHit;
import org.mandateworkbench.index.schema.IndexFields;
import org.mandateworkbench.model.LocalizedString;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.TopicSummary;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

/** Near-real-time: what a command changes is searchable when the store's listeners have run. */
class IndexFreshnessTest {

    private static final MandatesFactory F = MandatesFactory.eINSTANCE;

    @TempDir
    Path folder;

    private static List<String> ids(IndexService index, String query) throws IOException {
        return index.search(query, 20).hits().stream().map(SearchHit::id).toList();
    }

    /** @return how many units with this id the last commit on disk holds */
    private static int committed(Path indexFolder, String id) throws IOException {
        try (FSDirectory directory = FSDirectory.open(indexFolder); DirectoryReader reader = DirectoryReader.open(directory)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(IndexFields.ID, id)));
        }
    }

    private static Mandate mandate(String id, String english) {
        Mandate mandate = F.createMandate();
        mandate.setId(id);
        mandate.setTitle(MultilingualTextQuery.of("en", english));
        return mandate;
    }

    private static void add(ModelStore store, Mandate mandate) {
        store.execute(AddCommand.create(store.editingDomain(), store.root(),
                MandatesPackage.Literals.MANDATE_WORKSPACE__MANDATES, mandate));
    }

    private static StateResponse response(String id, String english) {
        StateResponse response = F.createStateResponse();
        response.setId(id);
        response.setReceivedDate(LocalDate.of(2021, 3, 4));
        TopicSummary summary = F.createTopicSummary();
        summary.setTopic("tools");
        summary.setSummary(MultilingualTextQuery.of("en", english));
        response.getTopicSummaries().add(summary);
        return response;
    }

    @Test
    void newMandateNewResponseAndEditedSummaryAreFoundWithoutRebuildAndCommittedOnSave() throws IOException {
        try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace);
                IndexService index = IndexService.attach(store)) {
            Mandate mandate = mandate("mandate-fresh", "Compile the lighthouse registry");
            NoteVerbale note = F.createNoteVerbale();
            note.setId("nv-fresh");
            note.setNote(MultilingualTextQuery.of("en", "Invites views on the lighthouse registry"));
            mandate.getActions().add(note);
            add(store, mandate);
            assertEquals(List.of("mandate-fresh", "nv-fresh"), ids(index, "lighthouse").stream().sorted().toList());

            store.execute(AddCommand.create(store.editingDomain(), note,
                    MandatesPackage.Literals.NOTE_VERBALE__RESPONSES, response("response-fresh", "We keep a harbour ledger")));
            assertEquals(List.of("response-fresh#tools"), ids(index, "harbour ledger"));

            LocalizedString summary = note.getResponses().get(0).getTopicSummaries().get(0).getSummary().getValues().get(0);
            store.execute(SetCommand.create(store.editingDomain(), summary,
                    MandatesPackage.Literals.LOCALIZED_STRING__VALUE, "We keep a customs ledger"));
            assertEquals(List.of(), ids(index, "harbour"));
            assertEquals(List.of("response-fresh#tools"), ids(index, "customs"));

            // Searchable from the writer's reader, not yet committed: the disk catches up on save.
            Path indexFolder = workspace.indexFolder();
            assertEquals(0, committed(indexFolder, "response-fresh#tools"));
            store.save();
            assertEquals(1, committed(indexFolder, "response-fresh#tools"));
            assertEquals(1, committed(indexFolder, "mandate-fresh"));
        }
    }

    @Test
    void closingCommitsChangesMadeSinceTheLastSave() throws IOException {
        Path indexFolder;
        try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
            indexFolder = workspace.indexFolder();
            try (IndexService index = IndexService.attach(store)) {
                add(store, mandate("mandate-unsaved", "Map the tidal archives"));
                assertEquals(List.of("mandate-unsaved"), ids(index, "tidal"));
                assertEquals(0, committed(indexFolder, "mandate-unsaved"));
            }
            assertEquals(1, committed(indexFolder, "mandate-unsaved"));
            // Reopened against the model, which still holds the mandate: nothing to rewrite.
            try (IndexService reopened = IndexService.open(indexFolder, store.root(), true)) {
                assertFalse(reopened.wasRebuilt());
                assertEquals(0, reopened.changesOnOpen());
                assertTrue(ids(reopened, "tidal").contains("mandate-unsaved"));
            }
        }
    }

    @Test
    void changesMadeWithoutACommandAreIndexedWhenTheModelIsSaved() throws IOException {
        try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace);
                IndexService index = IndexService.attach(store)) {
            Mandate mandate = mandate("mandate-direct", "Chart the reef surveys");
            add(store, mandate);
            mandate.getTitle().getValues().get(0).setValue("Chart the coral surveys");
            assertEquals(List.of(), ids(index, "coral"));
            store.save();
            assertEquals(List.of("mandate-direct"), ids(index, "coral"));
            assertEquals(List.of(), ids(index, "reef"));
        }
    }
}
