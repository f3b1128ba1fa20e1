package org.mandateworkbench.index.evaluation;

/** A judgments file that cannot be read or does not follow the format; the message names file and line. */
public final class JudgmentException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, where, and what was expected */
    public JudgmentException(String message) {
        super(message);
    }
}
