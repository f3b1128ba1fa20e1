package org.mandateworkbench.report.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.format.LetteredItems;

/**
 * Writes a {@link ReportDocument} as a Word document (DOCX) with styles Heading1 and Heading2 defined
 * in the file, numbered paragraphs in style NumberedParagraph ("1.", "2." … as text, so the numbers
 * survive copy and paste), real Word footnotes and real tables.
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
            String languageTag = document.language() == DraftLanguage.ZH ? "zh-CN" : "en-US";
            docx.getStyles().setSpellingLanguage(languageTag);
            cover(docx, document.cover());
            for (DocumentBlock block : document.blocks()) {
                switch (block) {
                case Heading heading -> heading(docx, heading);
                case NumberedParagraph paragraph -> numbered(docx, paragraph);
                case LetteredList list -> lettered(docx, list);
                case Table table -> table(docx, table);
                }
            }
            docx.write(out);
        }
    }

    private static void cover(XWPFDocument docx, CoverBlock cover) {
        for (String line : List.of(cover.distribution(), cover.date(), cover.symbol(), cover.originalLanguage())) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
            paragraph.createRun().setText(line);
        }
        for (String line : List.of(cover.bodyName(), cover.meetingLine(), cover.agendaItem())) {
            if (!line.isEmpty()) {
                docx.createParagraph().createRun().setText(line);
            }
        }
        XWPFParagraph title = docx.createParagraph();
        title.setStyle(DocxStyles.TITLE);
        title.createRun().setText(cover.title());
        XWPFParagraph subtitle = docx.createParagraph();
        subtitle.setStyle(DocxStyles.TITLE);
        subtitle.createRun().setText(cover.subtitle());
    }

    private static void heading(XWPFDocument docx, Heading heading) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setStyle(heading.level() == 1 ? DocxStyles.HEADING_1 : DocxStyles.HEADING_2);
        String label = heading.numeral().isEmpty() ? "" : heading.numeral() + "\t";
        paragraph.createRun().setText(label + heading.text());
    }

    private static void numbered(XWPFDocument docx, NumberedParagraph numbered) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setStyle(DocxStyles.NUMBERED);
        XWPFRun run = paragraph.createRun();
        run.setText(numbered.number() + ".");
        run.addTab();
        paragraph.createRun().setText(numbered.text());
        for (Footnote footnote : numbered.footnotes()) {
            XWPFFootnote note = docx.createFootnote();
            note.createParagraph().createRun().setText(footnote.text());
            paragraph.addFootnoteReference(note);
        }
    }

    private static void lettered(XWPFDocument docx, LetteredList list) {
        for (int i = 0; i < list.items().size(); i++) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setStyle(DocxStyles.LETTERED);
            XWPFRun run = paragraph.createRun();
            run.setText(LetteredItems.label(i + 1));
            run.addTab();
            paragraph.createRun().setText(list.items().get(i));
        }
    }

    private static void table(XWPFDocument docx, Table table) {
        XWPFTable xwpf = docx.createTable(table.rows().size() + 1, table.header().size());
        fill(xwpf.getRow(0), table.header());
        for (int r = 0; r < table.rows().size(); r++) {
            fill(xwpf.getRow(r + 1), table.rows().get(r));
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.getCell(c).setText(cells.get(c));
        }
    }
}
