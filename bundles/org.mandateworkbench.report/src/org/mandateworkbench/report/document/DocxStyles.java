package org.mandateworkbench.report.document;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.mandateworkbench.report.format.DraftLanguage;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Defines the styles a draft uses inside the document itself, so that Word's navigation pane and table
 * of contents see real headings even without a template, and the fonts: Times New Roman for Latin
 * text; for Chinese, SimSun (body) and SimHei (headings) in the styles, which every Chinese Windows has,
 * while the runs of a Chinese draft name the Noto CJK fonts, which Linux machines and LibreOffice have.
 * Word falls back to the style's East Asian font where the run's is missing.
 */
final class DocxStyles {

    static final String NORMAL = "Normal";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String NUMBERED = "NumberedParagraph";
    static final String LETTERED = "LetteredItem";
    static final String TITLE = "Title";
    static final String COVER = "CoverLine";
    static final String FOOTNOTE_TEXT = "FootnoteText";
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";

    /** The Latin font of all text. */
    static final String LATIN_FONT = "Times New Roman";
    /** East Asian fonts named by the runs of Chinese drafts (fonts-noto-cjk on Debian). */
    static final String CJK_BODY_FONT = "Noto Serif CJK SC";
    static final String CJK_HEADING_FONT = "Noto Sans CJK SC";
    /** East Asian fonts of the styles, present on Chinese Windows. */
    static final String CJK_BODY_FALLBACK = "SimSun";
    static final String CJK_HEADING_FALLBACK = "SimHei";

    /** Twentieths of a point per centimetre, rounded: Word measures indents in twips. */
    private static final int CM = 567;

    private DocxStyles() {
    }

    static void define(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTStyle normal = paragraphStyle(NORMAL, "Normal", null, 20, CJK_BODY_FALLBACK, false);
        normal.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
        CTStyle heading1 = paragraphStyle(HEADING_1, "heading 1", NORMAL, 24, CJK_HEADING_FALLBACK, true);
        outline(heading1, 0, 240, 120, CM);
        CTStyle heading2 = paragraphStyle(HEADING_2, "heading 2", NORMAL, 20, CJK_HEADING_FALLBACK, true);
        outline(heading2, 1, 180, 120, CM);
        CTStyle title = paragraphStyle(TITLE, "Title", NORMAL, 28, CJK_HEADING_FALLBACK, true);
        title.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(240));
        title.getPPr().getSpacing().setAfter(BigInteger.valueOf(120));
        CTStyle cover = paragraphStyle(COVER, "Cover line", NORMAL, 20, CJK_BODY_FALLBACK, false);
        cover.getPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        CTStyle numbered = paragraphStyle(NUMBERED, "Numbered paragraph", NORMAL, 20, CJK_BODY_FALLBACK, false);
        hanging(numbered, CM, CM);
        numbered.getPPr().addNewJc().setVal(STJc.BOTH);
        CTStyle lettered = paragraphStyle(LETTERED, "Lettered item", NUMBERED, 20, CJK_BODY_FALLBACK, false);
        hanging(lettered, 2 * CM, CM);
        CTStyle footnote = paragraphStyle(FOOTNOTE_TEXT, "footnote text", NORMAL, 17, CJK_BODY_FALLBACK, false);
        footnote.getPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        // XWPFStyles copies a style when it is added, so each is added once complete.
        for (CTStyle style : List.of(normal, heading1, heading2, title, cover, numbered, lettered, footnote,
                footnoteReference())) {
            styles.addStyle(new XWPFStyle(style));
        }
    }

    /** Names the Chinese fonts on a run of a Chinese draft; English drafts keep the style's fonts. */
    static void eastAsianFont(XWPFRun run, DraftLanguage language, boolean heading) {
        if (language != DraftLanguage.ZH) {
            return;
        }
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setEastAsia(heading ? CJK_HEADING_FONT : CJK_BODY_FONT);
        fonts.setHint(STHint.EAST_ASIA);
    }

    private static CTStyle paragraphStyle(String id, String name, String basedOn, int halfPoints, String eastAsianFont,
            boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn == null) {
            style.setDefault(true);
        } else {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewQFormat();
        style.addNewPPr();
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
        fonts.setEastAsia(eastAsianFont);
        if (bold) {
            run.addNewB();
        }
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        return style;
    }

    /** Heading: outline level, spacing, kept with the next paragraph, numeral then tab then text. */
    private static void outline(CTStyle style, int level, int before, int after, int textIndent) {
        CTPPrGeneral paragraph = style.getPPr();
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(before));
        paragraph.getSpacing().setAfter(BigInteger.valueOf(after));
        hanging(style, textIndent, textIndent);
    }

    /** Label at the left, text aligned at the indent on every line, reached by a tab. */
    private static void hanging(CTStyle style, int left, int hanging) {
        CTPPrGeneral paragraph = style.getPPr();
        paragraph.addNewInd().setLeft(BigInteger.valueOf(left));
        paragraph.getInd().setHanging(BigInteger.valueOf(hanging));
        CTTabStop tab = paragraph.addNewTabs().addNewTab();
        tab.setVal(STTabJc.LEFT);
        tab.setPos(BigInteger.valueOf(left));
    }

    private static CTStyle footnoteReference() {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(FOOTNOTE_REFERENCE);
        style.setType(STStyleType.CHARACTER);
        style.addNewName().setVal("footnote reference");
        style.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
        return style;
    }
}
