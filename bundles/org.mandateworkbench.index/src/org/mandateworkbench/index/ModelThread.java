package org.mandateworkbench.index;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Runs work on the thread that owns the model (EMF models are not thread-safe) and waits for it,
 * giving up when the monitor is cancelled: while the workbench closes, the UI thread may never run it.
 */
final class ModelThread {

    private static final long WAIT_STEP_MILLIS = 100;

    private ModelThread() {
    }

    static <T> T call(Executor modelThread, Supplier<T> work, IProgressMonitor monitor) {
        CompletableFuture<T> done = CompletableFuture.supplyAsync(work, modelThread);
        while (true) {
            try {
                return done.get(WAIT_STEP_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            }
        }
    }

    static void run(Executor modelThread, Runnable work, IProgressMonitor monitor) {
        call(modelThread, () -> {
            work.run();
            return null;
        }, monitor);
    }
}
