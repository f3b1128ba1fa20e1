package org.mandateworkbench.testsupport.robot;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Changes the selection state that a real click on a check or radio widget would change, before
 * the robot fires the Selection event. Radio clicks deselect the group's other radios and send them
 * a Selection event too, as the native widgets do. Runs on the UI thread.
 */
final class SelectionToggles {

    private SelectionToggles() {
    }

    static void beforeClick(Button button) {
        boolean grouped = (button.getParent().getStyle() & SWT.NO_RADIO_GROUP) == 0;
        List<Widget> group = grouped ? Arrays.asList(button.getParent().getChildren()) : List.of();
        toggle(button, group, button::getSelection, button::setSelection);
    }

    static void beforeClick(ToolItem item) {
        toggle(item, Arrays.asList(item.getParent().getItems()), item::getSelection, item::setSelection);
    }

    static void beforeClick(MenuItem item) {
        toggle(item, Arrays.asList(item.getParent().getItems()), item::getSelection, item::setSelection);
    }

    private static void toggle(Widget clicked, List<? extends Widget> group, BooleanSupplier selected,
            Consumer<Boolean> select) {
        int style = clicked.getStyle();
        if ((style & (SWT.CHECK | SWT.TOGGLE)) != 0) {
            select.accept(!selected.getAsBoolean());
        } else if ((style & SWT.RADIO) != 0) {
            for (Widget other : group) {
                if (other != clicked && (other.getStyle() & SWT.RADIO) != 0 && deselect(other)) {
                    Events.fire(other, SWT.Selection);
                }
            }
            select.accept(true);
        }
    }

    /** @return whether {@code radio} was selected and now is not */
    private static boolean deselect(Widget radio) {
        if (radio instanceof Button button && button.getSelection()) {
            button.setSelection(false);
            return true;
        }
        if (radio instanceof ToolItem item && item.getSelection()) {
            item.setSelection(false);
            return true;
        }
        if (radio instanceof MenuItem item && item.getSelection()) {
            item.setSelection(false);
            return true;
        }
        return false;
    }
}
