package org.mandateworkbench.ingest.internal;

/**
 * A 1-based line and column in decoded text; lines end at '\n'.
 *
 * @param line   1-based line
 * @param column 1-based column in UTF-16 characters
 */
public record TextPosition(int line, int column) {

	/** The position of character {@code index} of {@code text}. */
	public static TextPosition of(CharSequence text, int index) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < index; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new TextPosition(line, index - lineStart + 1);
	}
}
