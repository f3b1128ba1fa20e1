package org.mandateworkbench.ingest.clean;

import java.util.List;

/**
 * Text after cleaning, with a map from each cleaned character back to the source text.
 *
 * @param text     the cleaned text
 * @param origins  for each index of {@code text}, the index of the source character it came from;
 *                 one extra entry at the end maps the end of the text
 * @param removals what the cleaner took out, in source order
 */
public record CleanedText(String text, int[] origins, List<Removal> removals) {

	/** Checks that there is one origin per character plus the end. */
	public CleanedText {
		if (origins.length != text.length() + 1) {
			throw new IllegalArgumentException("origins must have text.length() + 1 entries"); //$NON-NLS-1$
		}
		removals = List.copyOf(removals);
	}

	/**
	 * Maps an offset of the cleaned text back to the source.
	 *
	 * @param cleanedOffset 0..text().length()
	 * @return the source offset of that character, or the source end for the text end
	 */
	public int sourceOffset(int cleanedOffset) {
		if (cleanedOffset < 0 || cleanedOffset > text.length()) {
			throw new IndexOutOfBoundsException(cleanedOffset);
		}
		return origins[cleanedOffset];
	}

	/**
	 * Something the cleaner removed or rejoined.
	 *
	 * @param kind   why it was removed
	 * @param start  source start offset
	 * @param end    source end offset (exclusive)
	 * @param text   the removed source text
	 */
	public record Removal(Kind kind, int start, int end, String text) {
	}

	/** Kinds of repair. */
	public enum Kind {
		/** A page number, job number or page-of-pages line. */
		PAGE_MARK,
		/** A running title or header repeated on many pages. */
		RUNNING_TITLE,
		/** A line break inside a document symbol. */
		BROKEN_SYMBOL,
		/** A space between two Chinese characters. */
		CJK_SPACE,
		/** A footnote number glued to the preceding word. */
		FOOTNOTE_MARKER,
		/** A hyperlink line repeating a symbol given just before. */
		SYMBOL_LINK,
		/** A line end (and blank line) inside a Chinese sentence cut by the page width. */
		LINE_WRAP
	}
}
