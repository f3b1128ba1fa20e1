package org.mandateworkbench.index.tests.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.index.IndexHealth;
import org.mandateworkbench.index.IndexOpenJob;
import org.mandateworkbench.index.IndexService;
import org.mandateworkbench.index.query.SearchHit;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.store.DemoWorkspace;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

/** The background job that checks, rebuilds and hands over the index of an open model. */
class IndexOpenJobTest {

    @TempDir
    Path folder;

    private static Mandate mandate(String id, String title) {
        Mandate mandate = MandatesFactory.eINSTANCE.createMandate();
        mandate.setId(id);
        mandate.setTitle(MultilingualTextQuery.of("en", title));
        return mandate;
    }

    private static List<String> ids(IndexService index, String query) throws IOException {
        return index.search(query, 20).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void rebuildsAMissingIndexInTheBackgroundAndFollowsTheStoreAfterwards() throws Exception {
        DemoWorkspace.install(folder);
        try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
            assertEquals(IndexHealth.MISSING, IndexHealth.inspect(workspace.indexFolder(), false));
            AtomicReference<IndexService> ready = new AtomicReference<>();
            // The model is read only by the test thread's stand-in executor, as the UI thread would.
            IndexOpenJob job = new IndexOpenJob(store, false, Runnable::run, ready::set);
            job.schedule();
            job.join();
            assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
            try (IndexService index = ready.get()) {
                assertEquals(IndexHealth.MISSING, index.health());
                assertTrue(index.size() > 50);
                assertTrue(ids(index, "state:Norway").stream().allMatch(id -> id.contains("NOR")));
                store.execute(AddCommand.create(store.editingDomain(), store.root(),
                        MandatesPackage.Literals.MANDATE_WORKSPACE__MANDATES, mandate("mandate-job", "Index the glacier reports")));
                assertEquals(List.of("mandate-job"), ids(index, "glacier"));
            }
            assertEquals(IndexHealth.READY, IndexHealth.inspect(workspace.indexFolder(), true));
        }
    }

    @Test
    void catchesUpWithChangesMadeWhileItRan() throws Exception {
        try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
            AtomicReference<IndexService> ready = new AtomicReference<>();
            AtomicReference<IndexOpenJob> job = new AtomicReference<>();
            // The second task the job hands to the model thread derives the units; the edit made right
            // after it is not in them and must be caught up before the index is handed over.
            Executor modelThread = new Executor() {
                private int tasks;

                @Override
                public void execute(Runnable task) {
                    task.run();
                    if (++tasks == 2) {
                        store.execute(AddCommand.create(store.editingDomain(), store.root(),
                                MandatesPackage.Literals.MANDATE_WORKSPACE__MANDATES, mandate("mandate-during", "Survey the lagoon")));
                    }
                }
            };
            job.set(new IndexOpenJob(store, true, modelThread, ready::set));
            job.get().schedule();
            job.get().join();
            try (IndexService index = ready.get()) {
                assertEquals(List.of("mandate-during"), ids(index, "lagoon"));
            }
        }
    }

    @Test
    void aCancelledJobHandsNothingOverAndLeavesNoIndex() throws Exception {
        DemoWorkspace.install(folder);
        try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
            AtomicReference<IndexService> ready = new AtomicReference<>();
            AtomicReference<IndexOpenJob> job = new AtomicReference<>();
            // Cancelled as soon as it first runs something on the model thread, i.e. while running.
            job.set(new IndexOpenJob(store, true, task -> {
                job.get().cancel();
                task.run();
            }, ready::set));
            job.get().schedule();
            job.get().join();
            assertEquals(IStatus.CANCEL, job.get().getResult().getSeverity());
            assertNull(ready.get());
            assertEquals(IndexHealth.MISSING, IndexHealth.inspect(workspace.indexFolder(), false));
            assertTrue(Files.isDirectory(workspace.indexFolder()));
        }
    }

    @Test
    void aJobCancelledByShutdownEndsQuietlyWhenTheModelThreadIsGone() throws Exception {
        DemoWorkspace.install(folder);
        try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
            AtomicReference<IndexOpenJob> job = new AtomicReference<>();
            AtomicReference<IndexService> handedOver = new AtomicReference<>();
            // As when the workbench closes: the job is cancelled, then its hand-over finds no UI thread.
            job.set(new IndexOpenJob(store, false, Runnable::run, opened -> {
                handedOver.set(opened);
                job.get().cancel();
                throw new IllegalStateException("Device is disposed");
            }));
            job.get().schedule();
            job.get().join();
            assertEquals(IStatus.CANCEL, job.get().getResult().getSeverity(), job.get().getResult().toString());
            // The job closed the index it could not hand over: the folder can be opened again.
            try (IndexService reopened = IndexService.open(workspace.indexFolder(), store.root(), false)) {
                assertEquals(IndexHealth.READY, reopened.health());
            }
        }
    }
}
