package org.mandateworkbench.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.format.HeadingNumerals;
import org.mandateworkbench.report.format.LetteredItems;

/**
 * Collects body blocks in reading order and does the counting: chapter headings get
 * {@link HeadingNumerals} ("I.", "一."), section headings capital letters restarting in each chapter
 * ("A."), and paragraphs one continuous number sequence through the whole body.
 */
public final class BodyAssembler {

    private final DraftLanguage language;
    private final List<DocumentBlock> blocks = new ArrayList<>();
    private int chapter;
    private int section;
    private int paragraph;

    /** Starts an empty body in the given draft language. */
    public BodyAssembler(DraftLanguage language) {
        this.language = language;
    }

    /** Adds the next chapter heading and restarts section lettering. */
    public void chapter(String text) {
        chapter++;
        section = 0;
        blocks.add(new Heading(1, HeadingNumerals.heading(chapter, language), text));
    }

    /** Adds the next section heading within the current chapter. */
    public void section(String text) {
        section++;
        blocks.add(new Heading(2, LetteredItems.letters(section).toUpperCase(Locale.ROOT) + ".", text));
    }

    /** Adds the next numbered paragraph. */
    public void paragraph(String text, List<Footnote> footnotes) {
        paragraph++;
        blocks.add(new NumberedParagraph(paragraph, text, footnotes));
    }

    /** Adds a numbered paragraph without footnotes. */
    public void paragraph(String text) {
        paragraph(text, List.of());
    }

    /** Adds any other block, which takes no number. */
    public void add(DocumentBlock block) {
        blocks.add(block);
    }

    /** @return the document with the blocks collected so far */
    public ReportDocument toDocument(CoverBlock cover) {
        return new ReportDocument(language, cover, blocks);
    }
}
