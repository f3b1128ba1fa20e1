package org.mandateworkbench.report.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.format.LetteredItems;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes a {@link ReportDocument} as a Word document (DOCX) on A4 with styles defined in the file
 * (Heading1, Heading2, Title, NumberedParagraph, LetteredItem, FootnoteText): numbered paragraphs carry
 * their number ("1.", "2." …) as text, so the numbers survive copy and paste; symbol citations are real
 * Word footnotes, the agenda item's is marked with an asterisk as in United Nations documents; tables
 * are real tables. Runs of Chinese drafts name an East Asian font (see {@link DocxStyles}).
 */
public final class DocxRenderer {

    /**
     * Writes the document to the stream, which is left open.
     *
     * @throws IOException if the stream cannot be written
     */
    public void write(ReportDocument document, OutputStream out) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            DocxStyles.define(docx);
            DraftLanguage language = document.language();
            docx.getStyles().setSpellingLanguage(language == DraftLanguage.ZH ? "zh-CN" : "en-US");
            a4(docx);
            Writer writer = new Writer(docx, language);
            writer.cover(document.cover());
            for (DocumentBlock block : document.blocks()) {
                switch (block) {
                case Heading heading -> writer.heading(heading);
                case NumberedParagraph paragraph -> writer.numbered(paragraph);
                case LetteredList list -> writer.lettered(list);
                case Table table -> writer.table(table);
                }
            }
            docx.write(out);
        }
    }

    private static void a4(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1418));
        margins.setBottom(BigInteger.valueOf(1418));
        margins.setLeft(BigInteger.valueOf(1134));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
    }

    /** Writes the blocks of one document in its language. */
    private static final class Writer {

        private final XWPFDocument docx;
        private final DraftLanguage language;

        Writer(XWPFDocument docx, DraftLanguage language) {
            this.docx = docx;
            this.language = language;
        }

        void cover(CoverBlock cover) {
            for (String line : List.of(cover.distribution(), cover.date(), cover.symbol(), cover.originalLanguage())) {
                XWPFParagraph paragraph = paragraph(DocxStyles.COVER);
                paragraph.setAlignment(ParagraphAlignment.RIGHT);
                text(paragraph, line, false);
            }
            XWPFParagraph gap = paragraph(DocxStyles.COVER);
            gap.setSpacingAfter(240);
            if (!cover.bodyName().isEmpty()) {
                text(paragraph(DocxStyles.COVER), cover.bodyName(), false).setBold(true);
            }
            if (!cover.meetingLine().isEmpty()) {
                text(paragraph(DocxStyles.COVER), cover.meetingLine(), false);
            }
            if (!cover.agendaItem().isEmpty()) {
                XWPFParagraph agenda = paragraph(DocxStyles.COVER);
                XWPFRun item = text(agenda, cover.agendaItem(), false);
                if (cover.hasAgendaFootnote()) {
                    asteriskFootnote(agenda, cover.agendaFootnote());
                }
                item.setBold(true);
            }
            text(paragraph(DocxStyles.TITLE), cover.title(), true);
            text(paragraph(DocxStyles.TITLE), cover.subtitle(), true);
        }

        void heading(Heading heading) {
            XWPFParagraph paragraph = paragraph(heading.level() == 1 ? DocxStyles.HEADING_1 : DocxStyles.HEADING_2);
            String label = heading.numeral().isEmpty() ? "" : heading.numeral() + "\t";
            text(paragraph, label + heading.text(), true);
        }

        void numbered(NumberedParagraph numbered) {
            XWPFParagraph paragraph = paragraph(DocxStyles.NUMBERED);
            labelled(paragraph, numbered.number() + ".", numbered.text());
            for (Footnote footnote : numbered.footnotes()) {
                XWPFFootnote note = docx.createFootnote();
                XWPFParagraph body = note.createParagraph();
                body.setStyle(DocxStyles.FOOTNOTE_TEXT);
                text(body, " " + footnote.text(), false);
                paragraph.addFootnoteReference(note);
            }
        }

        void lettered(LetteredList list) {
            for (int i = 0; i < list.items().size(); i++) {
                XWPFParagraph paragraph = paragraph(DocxStyles.LETTERED);
                labelled(paragraph, LetteredItems.label(i + 1), list.items().get(i));
            }
        }

        void table(Table table) {
            XWPFTable xwpf = docx.createTable(table.rows().size() + 1, table.header().size());
            xwpf.setWidth("100%");
            xwpf.setWidthType(TableWidthType.PCT);
            fill(xwpf.getRow(0), table.header(), true);
            xwpf.getRow(0).setRepeatHeader(true);
            for (int r = 0; r < table.rows().size(); r++) {
                fill(xwpf.getRow(r + 1), table.rows().get(r), false);
            }
            // A table cannot end a Word body cleanly before the next heading: give it air.
            paragraph(DocxStyles.NORMAL);
        }

        private void fill(XWPFTableRow row, List<String> cells, boolean header) {
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                paragraph.setStyle(DocxStyles.COVER);
                XWPFRun run = text(paragraph, cells.get(c), false);
                if (header) {
                    run.setBold(true);
                }
            }
        }

        /**
         * A footnote whose mark is an asterisk in the text and in the note, not a number: Word's
         * customMarkFollows reference, followed by the mark as text.
         */
        private void asteriskFootnote(XWPFParagraph paragraph, String text) {
            XWPFFootnote note = docx.createFootnote();
            XWPFParagraph body = note.createParagraph();
            body.setStyle(DocxStyles.FOOTNOTE_TEXT);
            XWPFRun mark = body.getRuns().get(0);
            while (mark.getCTR().sizeOfFootnoteRefArray() > 0) {
                mark.getCTR().removeFootnoteRef(0);
            }
            mark.setText(CoverBlock.AGENDA_MARK);
            text(body, " " + text, false);
            XWPFRun reference = paragraph.createRun();
            reference.setStyle(DocxStyles.FOOTNOTE_REFERENCE);
            CTFtnEdnRef ref = reference.getCTR().addNewFootnoteReference();
            ref.setId(note.getId());
            ref.setCustomMarkFollows(true);
            XWPFRun asterisk = paragraph.createRun();
            asterisk.setStyle(DocxStyles.FOOTNOTE_REFERENCE);
            asterisk.setText(CoverBlock.AGENDA_MARK);
            DocxStyles.eastAsianFont(asterisk, language, false);
        }

        /** Label, tab and text in one run: a long note has thousands of these, and runs are costly in POI. */
        private void labelled(XWPFParagraph paragraph, String label, String text) {
            XWPFRun run = text(paragraph, label, false);
            run.addTab();
            run.setText(text);
        }

        private XWPFParagraph paragraph(String style) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setStyle(style);
            return paragraph;
        }

        private XWPFRun text(XWPFParagraph paragraph, String text, boolean heading) {
            XWPFRun run = paragraph.createRun();
            run.setText(text);
            DocxStyles.eastAsianFont(run, language, heading);
            return run;
        }
    }
}
