package org.mandateworkbench.testsupport.robot;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * Runs work on the UI thread of a {@link Display} and waits for it with a timeout.
 * <p>
 * {@code Display.syncExec} would hang forever behind a blocked UI thread, so the work is posted with
 * {@code asyncExec} and awaited on a latch. On timeout the posted work is cancelled (it will not run
 * later) and a {@link RobotTimeoutException} names the work and shows the UI thread's stack.
 * Called on the UI thread itself, the work runs directly.
 */
public final class UiCaller {

    private static final int STACK_FRAMES_SHOWN = 12;

    private final Display display;
    private final Duration timeout;

    /**
     * @param display the display whose UI thread runs the work
     * @param timeout how long one call may wait for the UI thread
     */
    public UiCaller(Display display, Duration timeout) {
        this.display = display;
        this.timeout = timeout;
    }

    /** @return the display this caller posts to */
    public Display display() {
        return display;
    }

    /** @return how long one call waits for the UI thread */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Runs {@code work} on the UI thread and returns its result.
     *
     * @param what a short description used in the timeout message, e.g. "find button 'Save'"
     * @param work the work; exceptions it throws are rethrown on the calling thread
     * @return the work's result
     * @throws RobotTimeoutException if the UI thread did not finish the work within the timeout
     */
    public <T> T call(String what, Callable<T> work) {
        if (display.isDisposed()) {
            throw new IllegalStateException("Cannot " + what + ": the display is disposed");
        }
        if (display.getThread() == Thread.currentThread()) {
            return callDirectly(work);
        }
        CountDownLatch done = new CountDownLatch(1);
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            display.asyncExec(() -> {
                if (cancelled.get()) {
                    return;
                }
                try {
                    result.set(work.call());
                } catch (Throwable e) {
                    failure.set(e);
                } finally {
                    done.countDown();
                }
            });
        } catch (SWTException e) {
            throw new IllegalStateException("Cannot " + what + ": the display is gone", e);
        }
        awaitOrCancel(what, done, cancelled);
        Throwable error = failure.get();
        if (error != null) {
            throw rethrowable(error);
        }
        return result.get();
    }

    /**
     * Runs {@code work} on the UI thread and waits for it.
     *
     * @param what a short description used in the timeout message
     * @param work the work
     * @throws RobotTimeoutException if the UI thread did not finish the work within the timeout
     */
    public void run(String what, Runnable work) {
        call(what, () -> {
            work.run();
            return null;
        });
    }

    private void awaitOrCancel(String what, CountDownLatch done, AtomicBoolean cancelled) {
        boolean finished;
        try {
            finished = done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled.set(true);
            throw new RobotTimeoutException("Interrupted while waiting for the UI thread to " + what, e);
        }
        if (!finished) {
            cancelled.set(true);
            throw new RobotTimeoutException("The UI thread '" + display.getThread().getName()
                    + "' did not respond within " + timeout.toMillis() + " ms while waiting to " + what
                    + "; it is probably blocked. UI thread stack:\n" + stackOf(display.getThread()));
        }
    }

    private static <T> T callDirectly(Callable<T> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw rethrowable(e);
        }
    }

    private static RuntimeException rethrowable(Throwable error) {
        if (error instanceof RuntimeException runtime) {
            return runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        return new IllegalStateException(error.getMessage(), error);
    }

    private static String stackOf(Thread thread) {
        return Arrays.stream(thread.getStackTrace())
                .limit(STACK_FRAMES_SHOWN)
                .map(frame -> "\tat " + frame)
                .collect(Collectors.joining("\n"));
    }
}
