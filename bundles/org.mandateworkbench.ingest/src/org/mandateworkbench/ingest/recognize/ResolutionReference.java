package org.mandateworkbench.ingest.recognize;

/**
 * A citation of a resolution, a decision or a paragraph.
 *
 * @param start     offset of the first character
 * @param end       offset after the last character
 * @param kind      what is cited
 * @param body      "GA", "SC", "ECOSOC", "HRC" when the text names the body, else empty
 * @param number    the number such as "7/1" or "71/208", empty for a bare paragraph
 * @param paragraph the paragraph number, 0 when none is cited
 */
public record ResolutionReference(int start, int end, Kind kind, String body, String number, int paragraph) {

	/** What is cited. */
	public enum Kind {
		/** A resolution, possibly with a paragraph. */
		RESOLUTION,
		/** A decision, possibly with a paragraph. */
		DECISION,
		/** A paragraph alone, of the same or an already named document. */
		PARAGRAPH
	}
}
