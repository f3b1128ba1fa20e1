package org.mandateworkbench.ui.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A snippet as the index returns it, with matches between &lt;b&gt; and &lt;/b&gt;, split into
 * plain text (line breaks and runs of spaces folded into one space) and the ranges to show bold.
 *
 * @param text    the text without markers
 * @param matches start and length of each match, in pairs
 */
record HighlightedSnippet(String text, int[] matches) {

	private static final String OPEN = "<b>"; //$NON-NLS-1$
	private static final String CLOSE = "</b>"; //$NON-NLS-1$

	static HighlightedSnippet parse(String marked) {
		StringBuilder text = new StringBuilder(marked.length());
		List<Integer> ranges = new ArrayList<>();
		int start = -1;
		for (int i = 0; i < marked.length(); i++) {
			if (marked.startsWith(OPEN, i)) {
				start = text.length();
				i += OPEN.length() - 1;
			} else if (marked.startsWith(CLOSE, i)) {
				if (start >= 0) {
					ranges.add(start);
					ranges.add(text.length() - start);
				}
				start = -1;
				i += CLOSE.length() - 1;
			} else {
				char c = Character.isWhitespace(marked.charAt(i)) ? ' ' : marked.charAt(i);
				if (c != ' ' || (text.length() > 0 && text.charAt(text.length() - 1) != ' ')) {
					text.append(c);
				}
			}
		}
		return new HighlightedSnippet(text.toString(), ranges.stream().mapToInt(Integer::intValue).toArray());
	}
}
