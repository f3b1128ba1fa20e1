package org.mandateworkbench.report.document;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Defines the paragraph styles a draft uses inside the document itself, so that Word's navigation pane
 * and table of contents see real headings even without a template.
 */
final class DocxStyles {

    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String NUMBERED = "NumberedParagraph";
    static final String LETTERED = "LetteredItem";
    static final String TITLE = "Title";

    private DocxStyles() {
    }

    static void define(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        add(styles, HEADING_1, "heading 1", 0, 28);
        add(styles, HEADING_2, "heading 2", 1, 24);
        add(styles, TITLE, "Title", -1, 28);
        add(styles, NUMBERED, "Numbered paragraph", -1, 20);
        add(styles, LETTERED, "Lettered item", -1, 20);
    }

    /** @param outlineLevel 0-based outline level, or -1 for body text */
    private static void add(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewQFormat();
        if (outlineLevel >= 0) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            style.addNewRPr().addNewB();
        }
        if (style.getRPr() == null) {
            style.addNewRPr();
        }
        style.getRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(style));
    }
}
