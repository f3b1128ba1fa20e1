package org.mandateworkbench.index.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.index.IndexService;
import org.mandateworkbench.index.query.SearchHit;
import org.mandateworkbench.model.LocalizedString;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

class IndexServiceStoreTest {

    @TempDir
    Path folder;

    private static List<String> ids(IndexService index, String query) throws IOException {
        return index.search(query, 10).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void followsCommandsUndoAndRedoOfTheStore() throws IOException {
        try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace);
                IndexService index = IndexService.attach(store)) {
            assertTrue(Files.isDirectory(workspace.indexFolder()));
            assertEquals(0, index.size());
            Mandate mandate = MandatesFactory.eINSTANCE.createMandate();
            mandate.setId("mandate-new");
            mandate.setTitle(MultilingualTextQuery.of("en", "Survey the women heading central authorities"));
            store.execute(AddCommand.create(store.editingDomain(), store.root(),
                    MandatesPackage.Literals.MANDATE_WORKSPACE__MANDATES, mandate));
            assertEquals(List.of("mandate-new"), ids(index, "woman"));

            LocalizedString english = mandate.getTitle().getValues().get(0);
            store.execute(SetCommand.create(store.editingDomain(), english,
                    MandatesPackage.Literals.LOCALIZED_STRING__VALUE, "Survey the children"));
            assertEquals(List.of(), ids(index, "woman"));
            assertEquals(List.of("mandate-new"), ids(index, "child"));

            store.commandStack().undo();
            assertEquals(List.of("mandate-new"), ids(index, "woman"));
            store.commandStack().undo();
            assertEquals(0, index.size());
            store.commandStack().redo();
            assertEquals(List.of("mandate-new"), ids(index, "women"));
        }
    }
}
