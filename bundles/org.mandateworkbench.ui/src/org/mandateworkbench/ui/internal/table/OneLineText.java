package org.mandateworkbench.ui.internal.table;

/** Puts a text on one line for a table cell: runs of spaces, tabs and line breaks become one space. */
public final class OneLineText {

	private OneLineText() {
	}

	/**
	 * The same as {@code text.replaceAll("\\s+", " ").strip()}, without a regular expression (tables
	 * call it for every row).
	 */
	public static String of(String text) {
		StringBuilder line = null;
		boolean inRun = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean space = isSpace(c);
			if (line == null && space && (c != ' ' || inRun)) {
				// the first change: copy what came before it
				line = new StringBuilder(text.length()).append(text, 0, i);
				if (inRun) {
					continue;
				}
			}
			if (line != null && !(space && inRun)) {
				line.append(space ? ' ' : c);
			}
			inRun = space;
		}
		return (line == null ? text : line.toString()).strip();
	}

	// what \s matches in a Java regular expression
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}
}
