package org.mandateworkbench.testsupport.robot;

import java.util.function.BooleanSupplier;

/**
 * Something to wait for with {@link SwtRobot#waitUntil(Condition)}. The test runs on the test
 * thread; use robot handles (which hop to the UI thread) or {@link SwtRobot#syncExec} inside it.
 */
public interface Condition {

    /**
     * @return whether the awaited state is reached
     * @throws Exception counts as "not yet"; the last one is attached to the timeout failure
     */
    boolean test() throws Exception;

    /** @return what is awaited, for the failure message, e.g. "table to show 3 rows" */
    String description();

    /** A condition from a description and a check. */
    static Condition of(String description, BooleanSupplier check) {
        return new Condition() {
            @Override
            public boolean test() {
                return check.getAsBoolean();
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}
