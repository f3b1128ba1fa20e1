package org.mandateworkbench.cli;

/**
 * The exit codes of mwb, as the shell sees them.
 */
public final class ExitCodes {

	/** Success. */
	public static final int OK = 0;

	/** The user made a mistake; a message on standard error says which. */
	public static final int USER_ERROR = 1;

	/** Something failed unexpectedly; a one-line message is printed and the details are logged. */
	public static final int INTERNAL_ERROR = 2;

	private ExitCodes() {
	}
}
