package org.mandateworkbench.testsupport.robot;

import java.util.List;

import org.eclipse.swt.SWT;

/** A list box. */
public final class RobotList extends RobotWidget<org.eclipse.swt.widgets.List> {

    RobotList(SwtRobot robot, org.eclipse.swt.widgets.List list) {
        super(robot, list);
    }

    /**
     * Selects the item showing {@code item} (replacing the selection) and fires Selection.
     *
     * @throws IllegalArgumentException listing the items if none shows {@code item}
     */
    public RobotList select(String item) {
        onUi("select '" + item + "'", list -> {
            int index = list.indexOf(item);
            if (index < 0) {
                throw new IllegalArgumentException("No item '" + item + "' in " + this + "; items: "
                        + List.of(list.getItems()));
            }
            list.setSelection(index);
            Events.fire(list, SWT.Selection);
        });
        return this;
    }

    /** Selects the item at {@code index} (0-based) and fires Selection. */
    public RobotList select(int index) {
        onUi("select item " + index, list -> {
            if (index < 0 || index >= list.getItemCount()) {
                throw new IllegalArgumentException("Index " + index + " out of range in " + this);
            }
            list.setSelection(index);
            Events.fire(list, SWT.Selection);
        });
        return this;
    }

    /** @return the items */
    public List<String> items() {
        return ui("read items", list -> List.of(list.getItems()));
    }

    /** @return the selected items */
    public List<String> selection() {
        return ui("read selection", list -> List.of(list.getSelection()));
    }
}
