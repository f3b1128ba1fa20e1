package org.mandateworkbench.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.store.ModelChangeListener;
import org.mandateworkbench.store.ModelStore;

/**
 * Opens the search index of a model store in the background: checks it ({@link IndexHealth}, with
 * checksums), rebuilds it when it is missing, outdated or corrupt (or when asked), reports progress
 * per unit and can be cancelled. When done it registers the index for the store's change events and
 * hands it to the consumer, which then owns it and must close it. Changes made to the model while the
 * job ran are caught up before the index is handed over. A cancelled job hands nothing over, also
 * when something fails after the cancel (the UI thread gone at shutdown); any other failure is
 * returned as an error status and never touches the model.
 */
public final class IndexOpenJob extends Job {

    /** Job family of every index-opening job, for {@code IJobManager.join} and cancellation. */
    public static final Object FAMILY = IndexOpenJob.class;

    private final ModelStore store;
    private final boolean rebuild;
    private final Executor modelThread;
    private final Consumer<IndexService> whenReady;

    /**
     * @param store       the open model; its index folder is the one opened
     * @param rebuild     whether to rebuild whatever the state of the index
     * @param modelThread runs work on the thread that may read and change the model (in the workbench
     *                    the UI thread, asynchronously; {@code Runnable::run} when nothing else
     *                    touches the model); the job waits for that work but gives up when cancelled
     * @param whenReady   receives the open index, on the job's thread
     */
    public IndexOpenJob(ModelStore store, boolean rebuild, Executor modelThread, Consumer<IndexService> whenReady) {
        super(NLS.bind(rebuild ? Messages.Job_rebuild : Messages.Job_open, store.workspace().root()));
        this.store = store;
        this.rebuild = rebuild;
        this.modelThread = modelThread;
        this.whenReady = whenReady;
        setUser(false);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        AtomicBoolean changed = new AtomicBoolean();
        ModelChangeListener seen = event -> changed.set(true);
        try {
            ModelThread.run(modelThread, () -> store.addListener(seen), monitor);
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        }
        IndexService index = null;
        try {
            index = IndexService.open(store.workspace().indexFolder(), store.root(), true, rebuild, modelThread, monitor);
            IndexService opened = index;
            ModelThread.run(modelThread, () -> {
                store.removeListener(seen);
                opened.listenTo(store);
                if (changed.get()) {
                    catchUp(opened);
                }
            }, monitor);
            whenReady.accept(index);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            closeQuietly(index);
            if (monitor.isCanceled()) {
                // Cancelled, e.g. by the workbench closing: what failed afterwards (no UI thread any
                // more) is a consequence, not a problem of the index.
                return Status.CANCEL_STATUS;
            }
            return Status.error(NLS.bind(Messages.Job_failed, store.workspace().indexFolder(), String.valueOf(e.getMessage())), e);
        } finally {
            // Not waited for: when the job ends because the workbench closes, the UI thread may be gone.
            modelThread.execute(() -> store.removeListener(seen));
        }
    }

    private static void catchUp(IndexService index) {
        try {
            index.catchUp();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(IndexService index) {
        if (index == null) {
            return;
        }
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            // The failure that led here is the one reported.
        }
    }

}
