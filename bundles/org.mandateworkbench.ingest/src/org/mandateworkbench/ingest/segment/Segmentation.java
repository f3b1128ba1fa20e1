package org.mandateworkbench.ingest.segment;

import java.util.List;
import java.util.Optional;

/**
 * The structure found in a cleaned document text. All offsets are in the cleaned text.
 *
 * @param sections   section headings in text order
 * @param paragraphs numbered paragraphs in text order
 * @param footnotes  footnotes, including the asterisk footnote of the first page
 * @param passages   unnumbered text after a section heading that no numbered paragraph holds (a
 *                   lead-in, an annex), in text order
 */
public record Segmentation(List<Section> sections, List<Paragraph> paragraphs, List<Footnote> footnotes,
		List<Passage> passages) {

	/** Copies the lists. */
	public Segmentation {
		sections = List.copyOf(sections);
		paragraphs = List.copyOf(paragraphs);
		footnotes = List.copyOf(footnotes);
		passages = List.copyOf(passages);
	}

	/** @return the numbered paragraph containing the offset (in its first part or a continuation), if any */
	public Optional<Paragraph> paragraphAt(int offset) {
		for (Paragraph paragraph : paragraphs) {
			if (paragraph.contains(offset)) {
				return Optional.of(paragraph);
			}
		}
		return Optional.empty();
	}

	/**
	 * A stretch of the text.
	 *
	 * @param start first character
	 * @param end   end (exclusive)
	 */
	public record Span(int start, int end) {
	}

	/**
	 * Unnumbered text after a section heading.
	 *
	 * @param section index into {@link Segmentation#sections()}
	 * @param start   first character
	 * @param end     end (exclusive)
	 */
	public record Passage(int section, int start, int end) {
	}

	/**
	 * A section heading such as "一、引言", "II. Mandates" or "A. Extradition".
	 *
	 * @param label           the numbering as written ("二", "II", "A")
	 * @param title           the heading text after the numbering
	 * @param start           heading start
	 * @param end             end of the section (start of the next heading of any level, or text end)
	 * @param recommendations whether this is a conclusions-and-recommendations section
	 */
	public record Section(String label, String title, int start, int end, boolean recommendations) {
	}

	/**
	 * A numbered paragraph "27. ...", running until the next paragraph, heading or footnote. A page
	 * break inside it puts the page's footnotes (and furniture the cleaner left, such as the rule above
	 * them) between its parts: the text after them continues it and is one of its continuations; the
	 * footnotes stay footnotes.
	 *
	 * @param number        the paragraph number
	 * @param start         start of the number
	 * @param end           end of the paragraph's first part
	 * @param items         lettered items (a), (b) ... in its parts, in order; an item cut by the page
	 *                      break ends with the first part
	 * @param section       index into {@link Segmentation#sections()}, or -1 before the first heading
	 * @param continuations the later parts, after footnotes, in text order
	 */
	public record Paragraph(int number, int start, int end, List<Item> items, int section, List<Span> continuations) {
		/** Copies the lists. */
		public Paragraph {
			items = List.copyOf(items);
			continuations = List.copyOf(continuations);
		}

		/** @return whether the offset lies in the first part or a continuation */
		public boolean contains(int offset) {
			if (start <= offset && offset < end) {
				return true;
			}
			return continuations.stream().anyMatch(c -> c.start() <= offset && offset < c.end());
		}

		/** @return the end of the last part */
		public int lastEnd() {
			return continuations.isEmpty() ? end : continuations.get(continuations.size() - 1).end();
		}

		/**
		 * The paragraph's text without the footnotes between its parts: the parts joined by a line break.
		 *
		 * @param text the cleaned text that was segmented
		 * @return the text of all parts
		 */
		public String text(String text) {
			StringBuilder joined = new StringBuilder(text.substring(start, end));
			for (Span continuation : continuations) {
				joined.append('\n').append(text, continuation.start(), continuation.end());
			}
			return joined.toString();
		}
	}

	/**
	 * A lettered item "(c) ..." of a paragraph.
	 *
	 * @param letter the letter a..z
	 * @param start  start of "(c)"
	 * @param end    end of the item text
	 * @param textStart start of the item text after the marker
	 */
	public record Item(char letter, int start, int end, int textStart) {
	}

	/**
	 * A footnote: its line and the lines that continue it (a numbered footnote whose text has not
	 * ended a sentence goes on until one that does).
	 *
	 * @param marker "*" or the footnote number
	 * @param start  start of the line
	 * @param end    end of its last line
	 * @param textStart start of the text after the marker
	 */
	public record Footnote(String marker, int start, int end, int textStart) {
	}
}
