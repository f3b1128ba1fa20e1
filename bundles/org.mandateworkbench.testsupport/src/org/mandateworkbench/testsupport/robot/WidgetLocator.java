package org.mandateworkbench.testsupport.robot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Walks widget trees and polls until a query matches. The walk visits controls, tool items and
 * CTabFolder items; menus are reached through {@link RobotMenu} instead.
 */
final class WidgetLocator {

    private static final int CANDIDATES_LISTED = 25;
    private static final long POLL_MILLIS = 50;

    private WidgetLocator() {
    }

    /**
     * Polls until the {@code index}-th visible match of {@code query} under {@code roots} exists.
     *
     * @param roots computed on the UI thread at every poll, so new shells are seen
     * @param scope how the failure message names where it searched, e.g. "shell 'Main'"
     */
    static <T extends Widget> T find(SwtRobot robot, Supplier<List<? extends Widget>> roots, String scope,
            WidgetQuery<T> query, int index) {
        Duration timeout = robot.timeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        String wanted = index == 0 ? query.description() : query.description() + " #" + index;
        while (true) {
            Search<T> search = robot.syncExec("find " + wanted + " in " + scope,
                    () -> search(roots.get(), query, index, robot.idKey()));
            if (search.found() != null) {
                return search.found();
            }
            if (System.nanoTime() >= deadline) {
                throw new WidgetNotFoundException("No visible " + wanted + " in " + scope + " after "
                        + timeout.toMillis() + " ms. " + search.candidates());
            }
            pause();
        }
    }

    /** All visible widgets under the roots, roots included, in tree order. Runs on the UI thread. */
    static List<Widget> visibleWidgets(List<? extends Widget> roots) {
        Set<Widget> seen = new LinkedHashSet<>();
        for (Widget root : roots) {
            collect(root, seen);
        }
        return new ArrayList<>(seen);
    }

    static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RobotTimeoutException("Interrupted while waiting", e);
        }
    }

    private static <T extends Widget> Search<T> search(List<? extends Widget> roots, WidgetQuery<T> query,
            int index, String idKey) {
        List<Widget> visible = visibleWidgets(roots);
        List<T> matches = visible.stream().filter(query::matches).map(query.type()::cast).toList();
        if (matches.size() > index) {
            return new Search<>(matches.get(index), "");
        }
        List<Widget> sameType = visible.stream().filter(query.type()::isInstance).toList();
        List<Widget> listed = sameType.isEmpty() ? visible : sameType;
        String what = sameType.isEmpty() ? "No " + query.type().getSimpleName() + " at all; visible widgets: "
                : "Found " + query.type().getSimpleName() + " widgets: ";
        String names = listed.stream().limit(CANDIDATES_LISTED)
                .map(widget -> WidgetTexts.describe(widget, idKey))
                .collect(Collectors.joining(", "));
        String more = listed.size() > CANDIDATES_LISTED ? " and " + (listed.size() - CANDIDATES_LISTED) + " more" : "";
        return new Search<>(null, what + (names.isEmpty() ? "none" : names) + more);
    }

    private static void collect(Widget widget, Set<Widget> into) {
        if (widget.isDisposed() || !isShowing(widget)) {
            return;
        }
        into.add(widget);
        if (widget instanceof ToolBar toolBar) {
            for (ToolItem item : toolBar.getItems()) {
                into.add(item);
            }
        }
        if (widget instanceof CTabFolder folder) {
            for (CTabItem item : folder.getItems()) {
                into.add(item);
            }
        }
        if (widget instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, into);
            }
        }
    }

    /** Controls must be visible with all their ancestors; items count as visible with their parent. */
    private static boolean isShowing(Widget widget) {
        if (widget instanceof Control control) {
            return control.isVisible();
        }
        if (widget instanceof ToolItem item) {
            return item.getParent().isVisible();
        }
        if (widget instanceof CTabItem item) {
            return item.getParent().isVisible();
        }
        return true;
    }

    private record Search<T>(T found, String candidates) {
    }
}
