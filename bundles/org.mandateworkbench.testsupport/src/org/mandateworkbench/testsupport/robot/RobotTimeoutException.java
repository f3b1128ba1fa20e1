package org.mandateworkbench.testsupport.robot;

/**
 * Raised when the robot gave up waiting: for a condition, for a widget, or for the UI thread to run
 * a piece of work. It is an {@link AssertionError} so that test frameworks report it as a failure.
 */
public final class RobotTimeoutException extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** @param message what was awaited and for how long */
    public RobotTimeoutException(String message) {
        super(message);
    }

    /**
     * @param message what was awaited and for how long
     * @param cause the last error seen while waiting, or {@code null}
     */
    public RobotTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
