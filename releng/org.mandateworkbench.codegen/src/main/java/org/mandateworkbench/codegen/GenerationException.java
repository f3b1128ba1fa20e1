package org.mandateworkbench.codegen;

/** A generation problem the user can fix, reported as its message without a stack trace. */
final class GenerationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    GenerationException(String message) {
        super(message);
    }
}
