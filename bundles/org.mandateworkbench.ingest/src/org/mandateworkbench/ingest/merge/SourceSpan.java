package org.mandateworkbench.ingest.merge;

/**
 * Where a proposed object was read: the source file, the numbered paragraph and the character range
 * in the decoded source text (the text kept in the workspace with the document).
 *
 * @param file      the source file name
 * @param paragraph the numbered paragraph holding the start, 0 outside numbered paragraphs
 * @param start     offset of the first character (UTF-16 code units)
 * @param end       offset after the last character
 */
public record SourceSpan(String file, int paragraph, int start, int end) {

	/** Checks the range. */
	public SourceSpan {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("Bad span " + start + ".." + end); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
