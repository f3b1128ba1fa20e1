package org.mandateworkbench.testsupport.robot;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;

/** A push, check, radio or toggle button. */
public final class RobotButton extends RobotWidget<Button> {

    RobotButton(SwtRobot robot, Button button) {
        super(robot, button);
    }

    /**
     * Clicks as a user would: waits until enabled, fires MouseEnter/MouseDown, toggles check and
     * toggle buttons (radios: selects this one, deselects the group), fires MouseUp and Selection.
     */
    public RobotButton click() {
        waitUntilEnabled();
        onUi("click", button -> {
            Events.fire(button, SWT.MouseEnter);
            Events.fire(button, SWT.MouseDown, event -> event.button = 1);
            SelectionToggles.beforeClick(button);
            Events.fire(button, SWT.MouseUp, event -> event.button = 1);
            Events.fire(button, SWT.Selection);
            Events.fire(button, SWT.MouseExit);
        });
        return this;
    }

    /** @return whether a check, radio or toggle button is selected */
    public boolean isSelected() {
        return ui("read selection", Button::getSelection);
    }

    /** Clicks a check box or toggle only if it is not selected yet. */
    public RobotButton select() {
        if (!isSelected()) {
            click();
        }
        return this;
    }

    /** Clicks a check box or toggle only if it is selected. */
    public RobotButton deselect() {
        if (isSelected()) {
            click();
        }
        return this;
    }
}
