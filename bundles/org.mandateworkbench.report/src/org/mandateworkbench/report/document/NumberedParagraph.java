package org.mandateworkbench.report.document;

import java.util.List;
import java.util.Objects;

/**
 * A body paragraph. Paragraphs are numbered continuously through the whole document, across headings.
 *
 * @param number    the paragraph number, from 1
 * @param text      the paragraph text
 * @param footnotes footnotes whose markers follow the text, in order
 */
public record NumberedParagraph(int number, String text, List<Footnote> footnotes) implements DocumentBlock {

    /** @throws IllegalArgumentException if the number is below 1 */
    public NumberedParagraph {
        if (number < 1) {
            throw new IllegalArgumentException("Paragraph numbers start at 1, not " + number);
        }
        Objects.requireNonNull(text, "text");
        footnotes = List.copyOf(footnotes);
    }
}
