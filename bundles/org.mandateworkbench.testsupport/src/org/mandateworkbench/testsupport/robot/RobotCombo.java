package org.mandateworkbench.testsupport.robot;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;

/** A combo box, editable or read-only. */
public final class RobotCombo extends RobotWidget<Combo> {

    RobotCombo(SwtRobot robot, Combo combo) {
        super(robot, combo);
    }

    /**
     * Selects the item showing {@code item} and fires Selection.
     *
     * @throws IllegalArgumentException listing the items if none shows {@code item}
     */
    public RobotCombo select(String item) {
        onUi("select '" + item + "'", combo -> {
            int index = combo.indexOf(item);
            if (index < 0) {
                throw new IllegalArgumentException("No item '" + item + "' in " + this + "; items: "
                        + Arrays.toString(combo.getItems()));
            }
            selectIndex(combo, index);
        });
        return this;
    }

    /** Selects the item at {@code index} (0-based) and fires Selection. */
    public RobotCombo select(int index) {
        onUi("select item " + index, combo -> {
            if (index < 0 || index >= combo.getItemCount()) {
                throw new IllegalArgumentException("Index " + index + " out of range in " + this + " with "
                        + combo.getItemCount() + " items");
            }
            selectIndex(combo, index);
        });
        return this;
    }

    /** Replaces the text of an editable combo (SWT fires Modify). */
    public RobotCombo setText(String value) {
        onUi("set text", combo -> combo.setText(value));
        return this;
    }

    /** Types into an editable combo, one character at a time, with key events; Modify fires per character. */
    public RobotCombo typeText(String value) {
        waitUntilEnabled();
        onUi("type text", combo -> {
            combo.setFocus();
            Typing.type(combo, value, typed -> {
                String next = combo.getText() + typed;
                combo.setText(next);
                combo.setSelection(new Point(next.length(), next.length()));
            });
        });
        return this;
    }

    /** @return the items offered */
    public List<String> items() {
        return ui("read items", combo -> List.of(combo.getItems()));
    }

    /** @return the selected index, or -1 */
    public int selectionIndex() {
        return ui("read selection", Combo::getSelectionIndex);
    }

    private static void selectIndex(Combo combo, int index) {
        combo.select(index);
        Events.fire(combo, SWT.Selection);
    }
}
