package org.mandateworkbench.testsupport.robot;

/**
 * Raised when a finder did not see a matching visible widget within its timeout. The message lists
 * what was searched for and the widgets that were found instead.
 */
public final class WidgetNotFoundException extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** @param message what was searched for and what was found */
    public WidgetNotFoundException(String message) {
        super(message);
    }
}
