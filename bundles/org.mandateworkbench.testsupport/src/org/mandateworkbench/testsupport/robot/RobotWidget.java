package org.mandateworkbench.testsupport.robot;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.Widget;

/**
 * A found widget, driven from the test thread. Every method hops to the UI thread; {@link #widget()}
 * gives the raw SWT object, which may only be touched inside {@link SwtRobot#syncExec}.
 *
 * @param <T> the SWT widget type
 */
public class RobotWidget<T extends Widget> {

    private final SwtRobot robot;
    private final T widget;
    private final String description;

    RobotWidget(SwtRobot robot, T widget) {
        this.robot = robot;
        this.widget = widget;
        this.description = robot.syncExec("describe a widget", () -> WidgetTexts.describe(widget, robot.idKey()));
    }

    /** @return the raw SWT widget; touch it only on the UI thread */
    public final T widget() {
        return widget;
    }

    /** @return the robot that found this widget */
    public final SwtRobot robot() {
        return robot;
    }

    /** @return the widget's text as shown (Button, Label, Text, Combo, items, Shell...), "" if none */
    public String getText() {
        return ui("read text", WidgetTexts::textOf);
    }

    /** @return the widget's id under the robot's id key, or {@code null} */
    public final String id() {
        return ui("read id", w -> {
            Object id = w.getData(robot.idKey());
            return id == null ? null : id.toString();
        });
    }

    /** @return whether the widget (or, for an item, its parent control) is enabled */
    public boolean isEnabled() {
        return ui("read enabled state", w -> {
            Control control = owningControl(w);
            return control == null || control.isEnabled();
        });
    }

    /** @return whether the widget is visible (for an item: its parent control is) */
    public boolean isVisible() {
        return ui("read visibility", w -> {
            Control control = owningControl(w);
            return control != null && control.isVisible();
        });
    }

    /** Gives keyboard focus to the widget's control. */
    public RobotWidget<T> setFocus() {
        onUi("set focus", w -> {
            Control control = owningControl(w);
            if (control != null) {
                control.setFocus();
            }
        });
        return this;
    }

    /**
     * Sends one key (KeyDown and KeyUp) to the widget's control; for Enter, Escape and Tab a
     * Traverse event comes first, as on a real keyboard. The native control does not see it.
     *
     * @param keyCode an SWT key code, e.g. {@link SWT#CR}, {@link SWT#ESC}, {@link SWT#ARROW_DOWN}
     * @param character the character of the key, or 0
     */
    public RobotWidget<T> pressKey(int keyCode, char character) {
        onUi("press key " + keyCode, w -> {
            Control control = owningControl(w);
            Widget target = control == null ? w : control;
            int traversal = traversalOf(keyCode);
            if (traversal != SWT.TRAVERSE_NONE) {
                Events.fire(target, SWT.Traverse, event -> {
                    event.detail = traversal;
                    event.keyCode = keyCode;
                    event.character = character;
                    event.doit = true;
                });
            }
            Events.key(target, keyCode, character);
        });
        return this;
    }

    /**
     * Presses Enter; text fields, combos, lists, tables and trees also get the DefaultSelection
     * event that the native control would send.
     */
    public RobotWidget<T> pressEnter() {
        pressKey(SWT.CR, '\r');
        onUi("send default selection", w -> {
            Control control = owningControl(w);
            if (control instanceof Text || control instanceof Combo || control instanceof List
                    || control instanceof Table || control instanceof Tree) {
                Events.fire(control, SWT.DefaultSelection);
            }
        });
        return this;
    }

    /** Presses Escape. */
    public RobotWidget<T> pressEscape() {
        return pressKey(SWT.ESC, (char) SWT.ESC);
    }

    /**
     * Saves a PNG of this widget's control; see {@link Screenshots} for where.
     *
     * @return the file written
     */
    public Path captureScreenshot(String name) {
        return ui("capture a screenshot of " + description, w -> Screenshots.capture(owningControl(w), name));
    }

    @Override
    public String toString() {
        return description;
    }

    /** Runs {@code read} on the UI thread with the widget and returns its result. */
    protected final <R> R ui(String what, Function<? super T, R> read) {
        return robot.syncExec(what + " of " + description, () -> read.apply(checkedWidget()));
    }

    /** Runs {@code action} on the UI thread with the widget. */
    protected final void onUi(String what, Consumer<? super T> action) {
        robot.syncExec(what + " on " + description, () -> {
            action.accept(checkedWidget());
            return null;
        });
    }

    /**
     * Waits until the widget is enabled, as a user would wait before clicking.
     *
     * @throws RobotTimeoutException if it stays disabled for the robot's timeout
     */
    protected final void waitUntilEnabled() {
        robot.waitUntil(Condition.of(description + " to be enabled", this::isEnabled));
    }

    private T checkedWidget() {
        if (widget.isDisposed()) {
            throw new IllegalStateException(description + " is disposed");
        }
        return widget;
    }

    /** The control that shows the widget: itself, or the parent of an item. */
    static Control owningControl(Widget widget) {
        if (widget instanceof Control control) {
            return control;
        }
        if (widget instanceof Item) {
            try {
                Object parent = widget.getClass().getMethod("getParent").invoke(widget);
                return parent instanceof Control control ? control : null;
            } catch (ReflectiveOperationException noParent) {
                return null;
            }
        }
        return null;
    }

    private static int traversalOf(int keyCode) {
        return switch (keyCode) {
            case SWT.CR, SWT.KEYPAD_CR -> SWT.TRAVERSE_RETURN;
            case SWT.ESC -> SWT.TRAVERSE_ESCAPE;
            case SWT.TAB -> SWT.TRAVERSE_TAB_NEXT;
            default -> SWT.TRAVERSE_NONE;
        };
    }
}
