package org.mandateworkbench.testsupport.robot;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;

/**
 * Starts an SWT UI on a dedicated thread so that a test thread can drive it through the robot.
 * <p>
 * Two ways to start:
 * <ul>
 * <li>{@link #start(String)} creates a {@link Display} on a new thread and runs the event loop
 * until {@link #close()}.</li>
 * <li>{@link #run(String, Runnable)} runs a UI "main" of your own on a new thread, e.g. one that
 * starts the e4 workbench; that main must create the Display and run its own loop. The runner
 * waits until the thread owns a Display.</li>
 * </ul>
 * GTK allows the UI thread to be a thread other than the JVM's main thread, but only one Display
 * may exist at a time: use one runner per test class, or {@link #shared()} for a whole test run.
 * Errors thrown on the UI thread are kept and reported by {@link #failure()}.
 */
public final class UiThreadRunner implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static UiThreadRunner shared;

    private final Thread thread;
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicReference<Display> display = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean ownsLoop;

    private UiThreadRunner(String threadName, Runnable uiMain) {
        thread = new Thread(() -> runGuarded(uiMain), threadName);
        thread.setDaemon(true);
    }

    /**
     * Creates a Display on a new thread named {@code threadName} and runs its event loop.
     *
     * @return the runner once the Display exists
     * @throws RobotTimeoutException if the Display was not created within 30 s
     */
    public static UiThreadRunner start(String threadName) {
        UiThreadRunner runner = new UiThreadRunner(threadName, null);
        runner.ownsLoop = true;
        runner.launch();
        return runner;
    }

    /**
     * Runs {@code uiMain} on a new thread; {@code uiMain} creates the Display and runs the loop.
     *
     * @return the runner once {@code uiMain} has created a Display on its thread
     * @throws RobotTimeoutException if no Display appeared within 30 s, or uiMain failed first
     */
    public static UiThreadRunner run(String threadName, Runnable uiMain) {
        UiThreadRunner runner = new UiThreadRunner(threadName, uiMain);
        runner.launch();
        return runner;
    }

    /**
     * The runner shared by every test of this JVM, started on first use and never closed: GTK keeps
     * global state, so one UI thread for the whole run is the most robust choice.
     */
    public static synchronized UiThreadRunner shared() {
        if (shared == null || shared.display().isDisposed()) {
            shared = start("mwb-shared-ui");
        }
        return shared;
    }

    /** @return the Display owned by the UI thread */
    public Display display() {
        return display.get();
    }

    /** @return the UI thread */
    public Thread thread() {
        return thread;
    }

    /** @return the first error thrown on the UI thread by the runner's code, or {@code null} */
    public Throwable failure() {
        return failure.get();
    }

    /**
     * Runs {@code work} on the UI thread and waits, with the given timeout.
     *
     * @see UiCaller#call(String, Callable)
     */
    public <T> T call(String what, Callable<T> work, Duration timeout) {
        return new UiCaller(display(), timeout).call(what, work);
    }

    /** @return a robot for this runner's Display, with the default timeouts */
    public SwtRobot robot() {
        return new SwtRobot(display());
    }

    /**
     * Disposes the Display on the UI thread and waits for the thread to end. For a runner made by
     * {@link #run(String, Runnable)}, disposing the Display usually makes uiMain's loop end.
     */
    @Override
    public void close() {
        Display current = display();
        if (current != null && !current.isDisposed()) {
            try {
                current.asyncExec(() -> {
                    if (!current.isDisposed()) {
                        current.dispose();
                    }
                });
                current.wake();
            } catch (RuntimeException alreadyGone) {
                // The display was disposed between the check and the post: nothing left to stop.
            }
        }
        try {
            thread.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void launch() {
        thread.start();
        if (ownsLoop) {
            awaitStarted();
        } else {
            awaitForeignDisplay();
        }
    }

    private void runGuarded(Runnable uiMain) {
        try {
            if (ownsLoop) {
                runOwnLoop();
            } else {
                uiMain.run();
            }
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        } finally {
            started.countDown();
        }
    }

    private void runOwnLoop() {
        Display created = new Display();
        display.set(created);
        started.countDown();
        while (!created.isDisposed()) {
            try {
                if (!created.readAndDispatch()) {
                    created.sleep();
                }
            } catch (Throwable e) {
                // Keep the loop alive so later tests still have a UI; the first error is reported.
                failure.compareAndSet(null, e);
            }
        }
    }

    private void awaitStarted() {
        try {
            if (!started.await(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) || display() == null) {
                throw new RobotTimeoutException("UI thread '" + thread.getName()
                        + "' did not create a Display within " + START_TIMEOUT.toSeconds() + " s", failure());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RobotTimeoutException("Interrupted while starting UI thread " + thread.getName(), e);
        }
    }

    private void awaitForeignDisplay() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Display found = Display.findDisplay(thread);
            if (found != null) {
                display.set(found);
                return;
            }
            if (!thread.isAlive()) {
                throw new RobotTimeoutException("UI main on thread '" + thread.getName()
                        + "' ended without creating a Display", failure());
            }
            sleepBriefly();
        }
        throw new RobotTimeoutException("UI main on thread '" + thread.getName()
                + "' did not create a Display within " + START_TIMEOUT.toSeconds() + " s", failure());
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RobotTimeoutException("Interrupted while waiting for a Display", e);
        }
    }
}
