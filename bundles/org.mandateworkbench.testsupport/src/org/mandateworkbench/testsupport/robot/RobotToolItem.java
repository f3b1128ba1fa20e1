package org.mandateworkbench.testsupport.robot;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.ToolItem;

/** A tool bar item. */
public final class RobotToolItem extends RobotWidget<ToolItem> {

    RobotToolItem(SwtRobot robot, ToolItem item) {
        super(robot, item);
    }

    /** Waits until enabled, toggles check/radio items and fires Selection. */
    public RobotToolItem click() {
        waitUntilEnabled();
        onUi("click", item -> {
            SelectionToggles.beforeClick(item);
            Events.fire(item, SWT.Selection);
        });
        return this;
    }

    @Override
    public boolean isEnabled() {
        return ui("read enabled state", ToolItem::isEnabled) && super.isEnabled();
    }

    /** @return whether a check or radio item is selected */
    public boolean isSelected() {
        return ui("read selection", ToolItem::getSelection);
    }

    /** @return the tooltip text, or null */
    public String toolTipText() {
        return ui("read tooltip", ToolItem::getToolTipText);
    }
}
