package org.mandateworkbench.ui.document;

import java.util.List;

import org.mandateworkbench.ingest.segment.Segmentation.Span;

/**
 * What a reader highlights in a language version's text and scrolls to the top.
 *
 * @param kind      what was found
 * @param label     the paragraph number or footnote marker found, or the paragraph asked for when it is
 *                  missing; empty otherwise
 * @param ranges    the highlighted stretches of the text in text order (a paragraph's first part and
 *                  its continuations after a page's footnotes); empty when nothing is highlighted
 */
public record Reveal(Kind kind, String label, List<Span> ranges) {

	/** What a request found in the text. */
	public enum Kind {
		/** A numbered paragraph, with its continuations. */
		PARAGRAPH,
		/** A footnote. */
		FOOTNOTE,
		/** Unnumbered text after a section heading. */
		PASSAGE,
		/** The line at the offset, which no segment holds. */
		LINE,
		/** The paragraph asked for is not in this text; nothing is highlighted. */
		MISSING_PARAGRAPH,
		/** Nothing was asked for, or the version has no text. */
		NOTHING
	}

	/** A reveal of nothing. */
	public static final Reveal NONE = new Reveal(Kind.NOTHING, "", List.of()); //$NON-NLS-1$

	/** Copies the list. */
	public Reveal {
		ranges = List.copyOf(ranges);
	}

	/** @return the offset to scroll to the top: the start of the first range, or -1 for none */
	public int top() {
		return ranges.isEmpty() ? -1 : ranges.getFirst().start();
	}

	/** @return the paragraph number to keep revealed in another language version, or null */
	public String paragraph() {
		return kind == Kind.PARAGRAPH || kind == Kind.MISSING_PARAGRAPH ? label : null;
	}
}
