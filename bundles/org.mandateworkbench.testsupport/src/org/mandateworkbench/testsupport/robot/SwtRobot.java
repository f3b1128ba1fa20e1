package org.mandateworkbench.testsupport.robot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives an SWT UI from a test thread, in the manner of SWTBot: find widgets, act on them, wait
 * for conditions, take screenshots.
 * <p>
 * All widget access happens on the display's UI thread through {@link #syncExec(String, Callable)},
 * which gives up after {@link #uiTimeout()} (20 s by default) instead of hanging behind a blocked
 * UI thread. Finders and {@link #waitUntil(Condition)} poll for {@link #timeout()} (10 s by
 * default). Finders on the robot itself search every visible shell; {@link #shell(String)} and
 * {@link #activeShell()} narrow the search to one. Instances are immutable; the {@code with...}
 * methods return adjusted copies.
 */
public final class SwtRobot extends WidgetFinders {

    /** Default time a finder or {@link #waitUntil(Condition)} waits. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Default time one UI-thread call may take before the UI thread counts as blocked. */
    public static final Duration DEFAULT_UI_TIMEOUT = Duration.ofSeconds(20);

    private static volatile SwtRobot lastCreated;

    private final UiCaller ui;
    private final Duration timeout;
    private final String idKey;

    /** A robot for {@code display} with the default timeouts and {@link WidgetIds#KEY}. */
    public SwtRobot(Display display) {
        this(new UiCaller(display, DEFAULT_UI_TIMEOUT), DEFAULT_TIMEOUT, WidgetIds.KEY);
    }

    private SwtRobot(UiCaller ui, Duration timeout, String idKey) {
        this.ui = ui;
        this.timeout = timeout;
        this.idKey = idKey;
        lastCreated = this;
    }

    /** @return the robot created last in this JVM, used by {@link ScreenshotOnFailureExtension} */
    static SwtRobot lastCreated() {
        return lastCreated;
    }

    /** @return a copy whose finders and waits use {@code newTimeout} */
    public SwtRobot withTimeout(Duration newTimeout) {
        return new SwtRobot(ui, newTimeout, idKey);
    }

    /** @return a copy whose UI-thread calls give up after {@code newUiTimeout} */
    public SwtRobot withUiTimeout(Duration newUiTimeout) {
        return new SwtRobot(new UiCaller(ui.display(), newUiTimeout), timeout, idKey);
    }

    /** @return a copy that reads widget ids under {@code newIdKey} instead of {@link WidgetIds#KEY} */
    public SwtRobot withIdKey(String newIdKey) {
        return new SwtRobot(ui, timeout, newIdKey);
    }

    @Override
    public SwtRobot robot() {
        return this;
    }

    /** @return the driven display */
    public Display display() {
        return ui.display();
    }

    /** @return how long finders and waits poll */
    public Duration timeout() {
        return timeout;
    }

    /** @return how long one UI-thread call may take */
    public Duration uiTimeout() {
        return ui.timeout();
    }

    /** @return the data key under which widgets carry their id */
    public String idKey() {
        return idKey;
    }

    /**
     * Runs {@code work} on the UI thread and returns its result; exceptions are rethrown here.
     *
     * @param what names the work in the timeout message
     * @throws RobotTimeoutException if the UI thread does not finish it within {@link #uiTimeout()}
     */
    public <T> T syncExec(String what, Callable<T> work) {
        return ui.call(what, work);
    }

    /** Runs {@code work} on the UI thread and waits for it; see {@link #syncExec(String, Callable)}. */
    public void syncExec(String what, Runnable work) {
        ui.run(what, work);
    }

    /** Waits for a visible shell titled {@code title}. */
    public RobotShell shell(String title) {
        WidgetQuery<Shell> query = WidgetQuery.withText(Shell.class, title);
        return new RobotShell(this, find(query, 0));
    }

    /**
     * Waits for the active shell. Without a window manager (plain Xvfb) no shell may count as
     * active; then the most recently opened visible shell stands in for it.
     */
    public RobotShell activeShell() {
        WidgetQuery<Shell> query = new WidgetQuery<>(Shell.class, "active Shell", shell -> true);
        Shell active = WidgetLocator.find(this, () -> {
            Shell current = display().getActiveShell();
            if (current != null && current.isVisible()) {
                return List.of(current);
            }
            List<Shell> visible = visibleShells();
            return visible.isEmpty() ? List.of() : List.of(visible.get(visible.size() - 1));
        }, "display", query, 0);
        return new RobotShell(this, active);
    }

    /** @return the titles of the visible shells, in creation order */
    public List<String> shellTitles() {
        return syncExec("list shells", () -> visibleShells().stream().map(Shell::getText).toList());
    }

    /** The menu-bar entry {@code name} of the active shell; see {@link RobotShell#menu(String)}. */
    public RobotMenu menu(String name) {
        return activeShell().menu(name);
    }

    /**
     * Polls {@code condition} on this thread until it holds, for {@link #timeout()}.
     *
     * @throws RobotTimeoutException naming the condition, with the last exception it threw
     */
    public void waitUntil(Condition condition) {
        waitUntil(condition, timeout);
    }

    /**
     * Polls {@code condition} on this thread until it holds, for {@code waitTime}.
     *
     * @throws RobotTimeoutException naming the condition, with the last exception it threw
     */
    public void waitUntil(Condition condition, Duration waitTime) {
        long deadline = System.nanoTime() + waitTime.toNanos();
        Exception lastError = null;
        while (true) {
            try {
                if (condition.test()) {
                    return;
                }
            } catch (RobotTimeoutException blocked) {
                throw blocked;
            } catch (Exception e) {
                lastError = e;
            }
            if (System.nanoTime() >= deadline) {
                String detail = lastError == null ? "" : "; last error: " + lastError;
                throw new RobotTimeoutException("Timed out after " + waitTime.toMillis() + " ms waiting for "
                        + condition.description() + detail, lastError);
            }
            WidgetLocator.pause();
        }
    }

    /**
     * Saves a PNG of the active shell (see {@link Screenshots} for where).
     *
     * @return the file written
     */
    public Path captureScreenshot(String name) {
        return activeShell().captureScreenshot(name);
    }

    @Override
    List<? extends Widget> searchRoots() {
        return visibleShells();
    }

    @Override
    String scope() {
        return "any shell";
    }

    private List<Shell> visibleShells() {
        return Arrays.stream(display().getShells()).filter(shell -> !shell.isDisposed() && shell.isVisible())
                .toList();
    }
}
