package org.mandateworkbench.model.reference;

/**
 * Reference data that cannot be used: a missing resource or a malformed row. The message names the
 * resource and the line and says what was expected there.
 */
public final class ReferenceDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ReferenceDataException(String message) {
        super(message);
    }

    ReferenceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
