package org.mandateworkbench.testsupport.robot;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
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
        int style = button.getStyle();
        if ((style & (SWT.CHECK | SWT.TOGGLE)) != 0) {
            button.setSelection(!button.getSelection());
        } else if ((style & SWT.RADIO) != 0) {
            Composite parent = button.getParent();
            if ((parent.getStyle() & SWT.NO_RADIO_GROUP) == 0) {
                for (Control sibling : parent.getChildren()) {
                    if (sibling != button && sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0
                            && other.getSelection()) {
                        other.setSelection(false);
                        Events.fire(other, SWT.Selection);
                    }
                }
            }
            button.setSelection(true);
        }
    }

    static void beforeClick(ToolItem item) {
        int style = item.getStyle();
        if ((style & SWT.CHECK) != 0) {
            item.setSelection(!item.getSelection());
        } else if ((style & SWT.RADIO) != 0) {
            deselectRadios(List.of(item.getParent().getItems()), item);
            item.setSelection(true);
        }
    }

    static void beforeClick(MenuItem item) {
        int style = item.getStyle();
        if ((style & SWT.CHECK) != 0) {
            item.setSelection(!item.getSelection());
        } else if ((style & SWT.RADIO) != 0) {
            deselectRadios(List.of(item.getParent().getItems()), item);
            item.setSelection(true);
        }
    }

    private static void deselectRadios(List<? extends Widget> group, Widget clicked) {
        for (Widget other : group) {
            if (other == clicked || (other.getStyle() & SWT.RADIO) == 0) {
                continue;
            }
            if (other instanceof ToolItem tool && tool.getSelection()) {
                tool.setSelection(false);
                Events.fire(tool, SWT.Selection);
            } else if (other instanceof MenuItem menu && menu.getSelection()) {
                menu.setSelection(false);
                Events.fire(menu, SWT.Selection);
            }
        }
    }
}
