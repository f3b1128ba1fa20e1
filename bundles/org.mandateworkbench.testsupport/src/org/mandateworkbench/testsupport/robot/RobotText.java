package org.mandateworkbench.testsupport.robot;

import org.eclipse.swt.widgets.Text;

/** A text field. */
public final class RobotText extends RobotWidget<Text> {

    RobotText(SwtRobot robot, Text text) {
        super(robot, text);
    }

    /** Replaces the whole text at once; SWT fires Verify and Modify. */
    public RobotText setText(String value) {
        onUi("set text", text -> text.setText(value));
        return this;
    }

    /**
     * Types {@code value} at the caret, one character at a time: KeyDown, insertion (Verify and
     * Modify fire) unless a KeyDown listener vetoed it with doit=false, KeyUp.
     */
    public RobotText typeText(String value) {
        waitUntilEnabled();
        onUi("type text", text -> {
            text.setFocus();
            Typing.type(text, value, text::insert);
        });
        return this;
    }

    /** @return the hint shown while empty, or "" */
    public String message() {
        return ui("read message", Text::getMessage);
    }
}
