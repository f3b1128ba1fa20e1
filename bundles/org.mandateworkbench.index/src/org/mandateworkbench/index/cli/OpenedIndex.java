package org.mandateworkbench.index.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.cli.CommandContext;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.index.IndexService;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

/**
 * A workspace, its model and its index opened together for one subcommand, closed in reverse order.
 * Opening brings the index up to date with the model, rebuilding it when it is missing, outdated or
 * corrupt.
 */
final class OpenedIndex implements AutoCloseable {

    private final Workspace workspace;
    private final ModelStore store;
    private final IndexService index;

    private OpenedIndex(Workspace workspace, ModelStore store, IndexService index) {
        this.workspace = workspace;
        this.store = store;
        this.index = index;
    }

    /**
     * Picks the workspace folder: the one folder argument, else --workspace, else the default location.
     *
     * @throws UsageException when more than one folder is given or the folder holds no workspace
     */
    static Path folder(List<String> folders, CommandContext context) throws UsageException, IOException {
        if (folders.size() > 1) {
            throw new UsageException(NLS.bind(Messages.Cli_tooManyFolders, folders.get(1)));
        }
        Path folder = folders.isEmpty()
                ? context.workspace().orElse(Workspaces.defaultLocation())
                : context.resolve(folders.get(0));
        if (Workspaces.isNew(folder)) {
            throw new UsageException(NLS.bind(Messages.Cli_noWorkspace, folder));
        }
        return folder;
    }

    /**
     * Opens the workspace in a folder, its model and its index.
     *
     * @param rebuild      whether to rebuild the index whatever its state
     * @param verifyIndex  whether to check every file of an existing index (slow on big indexes)
     * @throws UsageException when another program holds the index
     */
    static OpenedIndex open(Path folder, boolean rebuild, boolean verifyIndex) throws Exception {
        Workspace workspace = Workspaces.open(folder);
        ModelStore store = null;
        try {
            store = ModelStore.open(workspace);
            Path indexFolder = workspace.indexFolder();
            IndexService index = rebuild ? IndexService.rebuild(indexFolder, store.root())
                    : IndexService.open(indexFolder, store.root(), verifyIndex);
            return new OpenedIndex(workspace, store, index);
        } catch (LockObtainFailedException e) {
            closeQuietly(store, workspace);
            throw new UsageException(NLS.bind(Messages.Cli_indexInUse, workspace.indexFolder()), e);
        } catch (Exception | Error e) {
            closeQuietly(store, workspace);
            throw e;
        }
    }

    private static void closeQuietly(ModelStore store, Workspace workspace) {
        try (workspace; store) {
            // Only closing; the first failure is the one reported.
        } catch (Exception suppressed) {
            // The original failure matters more than a failure while closing.
        }
    }

    /** @return the index, up to date with the model */
    IndexService index() {
        return index;
    }

    @Override
    public void close() throws Exception {
        try (workspace; store; index) {
            // Resources close in reverse order: index, store, workspace.
        }
    }
}
