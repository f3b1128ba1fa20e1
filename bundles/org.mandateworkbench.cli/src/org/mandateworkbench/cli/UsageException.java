package org.mandateworkbench.cli;

import java.io.Serial;

/**
 * Thrown by a {@link Subcommand} when the user made a mistake: a wrong or missing argument, a file
 * that does not exist, input that cannot be read. mwb prints the message on standard error, points
 * to the usage of the subcommand and exits with {@link ExitCodes#USER_ERROR}; no stack trace is
 * shown or logged.
 * <p>
 * The message is shown as it is, so it must be translated and say what was wrong and where (which
 * argument, which file, which line).
 */
public final class UsageException extends Exception {

	@Serial
	private static final long serialVersionUID = 1L;

	/** @param message the translated message for the user */
	public UsageException(String message) {
		super(message);
	}

	/**
	 * @param message the translated message for the user
	 * @param cause   the low-level exception behind it, kept for callers in tests; never shown
	 */
	public UsageException(String message, Throwable cause) {
		super(message, cause);
	}
}
