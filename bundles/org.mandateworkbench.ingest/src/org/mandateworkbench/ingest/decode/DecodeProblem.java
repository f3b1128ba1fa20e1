package org.mandateworkbench.ingest.decode;

/**
 * Something wrong with a text file, found while decoding it.
 *
 * @param file     the file name or other label the caller passed in
 * @param line     1-based line of the problem, or 0 if it concerns the whole file
 * @param column   1-based column (in characters) of the problem, or 0 if it concerns the whole file
 * @param severity whether the text can still be used
 * @param message  translated, self-contained description naming the file and position
 */
public record DecodeProblem(String file, int line, int column, Severity severity, String message) {

	/** How serious a problem is. */
	public enum Severity {
		/** The text is missing or damaged; it should not be imported without the user's decision. */
		ERROR,
		/** The text is usable but the user should check it. */
		WARNING
	}

	@Override
	public String toString() {
		return severity + ": " + message;
	}
}
