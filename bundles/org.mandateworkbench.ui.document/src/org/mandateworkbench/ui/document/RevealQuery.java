package org.mandateworkbench.ui.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mandateworkbench.ingest.segment.DocumentSegmenter;
import org.mandateworkbench.ingest.segment.Segmentation;
import org.mandateworkbench.ingest.segment.Segmentation.Footnote;
import org.mandateworkbench.ingest.segment.Segmentation.Paragraph;
import org.mandateworkbench.ingest.segment.Segmentation.Passage;
import org.mandateworkbench.ingest.segment.Segmentation.Span;

/**
 * Finds what an open request points at in a language version's text, with the segmentation the
 * search index uses ({@link DocumentSegmenter}), so that a hit's paragraph is the paragraph shown.
 * <p>
 * A paragraph is asked for by its number ({@code "27"}); a suffix the index adds to tell a repeated
 * number apart ({@code "27-5120"}) is ignored, as the segmenter only accepts rising numbers. Without a
 * paragraph (or when it is missing) an offset reveals the footnote, passage or numbered paragraph
 * holding it, else its line. Paragraph {@code "0"}, the model's number for an unnumbered paragraph,
 * asks for no paragraph.
 */
public final class RevealQuery {

	private static final Pattern PARAGRAPH = Pattern.compile("\\s*(\\d{1,4})(?:-\\d{1,9})?\\s*"); //$NON-NLS-1$
	// the model's number of a paragraph the source does not number (the segmenter never finds it)
	private static final Pattern UNNUMBERED = Pattern.compile("\\s*0+\\s*"); //$NON-NLS-1$
	private static final DocumentSegmenter SEGMENTER = new DocumentSegmenter();

	private RevealQuery() {
	}

	/**
	 * @param text      the language version's text; null or blank for a version without text
	 * @param paragraph the paragraph to reveal, or null
	 * @param offset    a character offset to reveal when no paragraph is found, or negative for none
	 * @return what to highlight; {@link Reveal#NONE} when there is no text or nothing was asked
	 */
	public static Reveal of(String text, String paragraph, int offset) {
		if (text == null || text.isBlank()) {
			return Reveal.NONE;
		}
		Segmentation segmentation = SEGMENTER.segment(text);
		Reveal missing = null;
		if (paragraph != null && !paragraph.isBlank() && !UNNUMBERED.matcher(paragraph).matches()) {
			Optional<Paragraph> found = paragraph(segmentation, paragraph);
			if (found.isPresent()) {
				return paragraphReveal(found.get());
			}
			Matcher number = PARAGRAPH.matcher(paragraph);
			missing = new Reveal(Reveal.Kind.MISSING_PARAGRAPH, number.matches() ? number.group(1) : paragraph.strip(),
					List.of());
		}
		if (offset >= 0 && offset < text.length()) {
			return at(text, segmentation, offset);
		}
		return missing == null ? Reveal.NONE : missing;
	}

	private static Optional<Paragraph> paragraph(Segmentation segmentation, String requested) {
		Matcher matcher = PARAGRAPH.matcher(requested);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int number = Integer.parseInt(matcher.group(1));
		return segmentation.paragraphs().stream().filter(p -> p.number() == number).findFirst();
	}

	private static Reveal at(String text, Segmentation segmentation, int offset) {
		for (Footnote footnote : segmentation.footnotes()) {
			if (footnote.start() <= offset && offset < footnote.end()) {
				return new Reveal(Reveal.Kind.FOOTNOTE, footnote.marker(), List.of(new Span(footnote.start(), footnote.end())));
			}
		}
		for (Passage passage : segmentation.passages()) {
			if (passage.start() <= offset && offset < passage.end()) {
				return new Reveal(Reveal.Kind.PASSAGE, "", List.of(new Span(passage.start(), passage.end()))); //$NON-NLS-1$
			}
		}
		Optional<Paragraph> paragraph = segmentation.paragraphAt(offset);
		if (paragraph.isPresent()) {
			return paragraphReveal(paragraph.get());
		}
		int start = text.lastIndexOf('\n', offset - 1) + 1;
		int end = text.indexOf('\n', offset);
		return new Reveal(Reveal.Kind.LINE, "", List.of(new Span(start, end < 0 ? text.length() : end))); //$NON-NLS-1$
	}

	private static Reveal paragraphReveal(Paragraph paragraph) {
		List<Span> ranges = new ArrayList<>();
		ranges.add(new Span(paragraph.start(), paragraph.end()));
		ranges.addAll(paragraph.continuations());
		return new Reveal(Reveal.Kind.PARAGRAPH, Integer.toString(paragraph.number()), ranges);
	}
}
