package org.mandateworkbench.testsupport.robot;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;

/** A CTabFolder tab, as used by e4 part stacks. */
public final class RobotCTabItem extends RobotWidget<CTabItem> {

    RobotCTabItem(SwtRobot robot, CTabItem item) {
        super(robot, item);
    }

    /** Selects the tab and fires Selection on its folder, as a click on the tab would. */
    public RobotCTabItem activate() {
        onUi("activate", item -> {
            item.getParent().setSelection(item);
            Events.fire(item.getParent(), SWT.Selection, event -> event.item = item);
        });
        return this;
    }

    /** @return whether this is the folder's selected tab */
    public boolean isActive() {
        return ui("read selection", item -> item.getParent().getSelection() == item);
    }

    /** @return the tab's tooltip, or null */
    public String toolTipText() {
        return ui("read tooltip", CTabItem::getToolTipText);
    }
}
