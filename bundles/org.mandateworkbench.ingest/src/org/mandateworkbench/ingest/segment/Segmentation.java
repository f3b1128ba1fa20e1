package org.mandateworkbench.ingest.segment;

import java.util.List;
import java.util.Optional;

/**
 * The structure found in a cleaned document text. All offsets are in the cleaned text.
 *
 * @param sections   section headings in text order
 * @param paragraphs numbered paragraphs in text order
 * @param footnotes  footnotes, including the asterisk footnote of the first page
 */
public record Segmentation(List<Section> sections, List<Paragraph> paragraphs, List<Footnote> footnotes) {

	/** Copies the lists. */
	public Segmentation {
		sections = List.copyOf(sections);
		paragraphs = List.copyOf(paragraphs);
		footnotes = List.copyOf(footnotes);
	}

	/** @return the numbered paragraph containing the offset, if any */
	public Optional<Paragraph> paragraphAt(int offset) {
		for (Paragraph paragraph : paragraphs) {
			if (paragraph.start() <= offset && offset < paragraph.end()) {
				return Optional.of(paragraph);
			}
		}
		return Optional.empty();
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
	 * A numbered paragraph "27. ...", running until the next paragraph, heading or footnote.
	 *
	 * @param number  the paragraph number
	 * @param start   start of the number
	 * @param end     end of the paragraph text
	 * @param items   lettered items (a), (b) ... inside it, in order
	 * @param section index into {@link Segmentation#sections()}, or -1 before the first heading
	 */
	public record Paragraph(int number, int start, int end, List<Item> items, int section) {
		/** Copies the items. */
		public Paragraph {
			items = List.copyOf(items);
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
	 * A footnote line.
	 *
	 * @param marker "*" or the footnote number
	 * @param start  start of the line
	 * @param end    end of the line
	 * @param textStart start of the text after the marker
	 */
	public record Footnote(String marker, int start, int end, int textStart) {
	}
}
