package org.mandateworkbench.report.tests.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.report.document.DocxRenderer;
import org.mandateworkbench.report.format.DraftLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

/**
 * Writes the demo's progress note for the seventh expert meeting as DOCX, reads the file back with POI
 * and checks what a reader of the Word document would see.
 */
class ProgressNoteDocxTest {

    private static final List<String> ELECTRONIC_TOOLS_EN = List.of("Argentina", "Australia", "Austria", "Hungary",
            "Lithuania", "Armenia", "Republic of Korea", "Norway");
    private static final List<String> ELECTRONIC_TOOLS_ZH = List.of("阿根廷", "澳大利亚", "奥地利", "匈牙利", "立陶宛",
            "亚美尼亚", "大韩民国", "挪威");
    private static final Pattern REPLIES_EN = Pattern.compile("As of ([^,]+), (\\d+) States had replied\\.");
    private static final Pattern REPLIES_ZH = Pattern.compile("截至 (.+?)，已有 (\\d+) 个国家作出答复。");

    @TempDir
    Path folder;

    @Test
    void definesHeadingStylesAndUsesThemInChapterOrder() throws IOException {
        try (XWPFDocument docx = write(DemoNotes.REPLIES_IN, DraftLanguage.EN)) {
            assertTrue(docx.getStyles().styleExist("Heading1"));
            assertTrue(docx.getStyles().styleExist("Heading2"));
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph paragraph : docx.getParagraphs()) {
                if (paragraph.getStyle() != null && paragraph.getStyle().startsWith("Heading")) {
                    headings.add(paragraph.getStyle() + " " + paragraph.getText().split("\t")[0]);
                }
            }
            assertEquals(List.of("Heading1 I.", "Heading1 II.", "Heading2 A.", "Heading2 B.", "Heading2 C.",
                    "Heading2 D.", "Heading2 E.", "Heading2 F.", "Heading2 G.", "Heading1 III.", "Heading1 IV."), headings);
        }
    }

    @Test
    void numbersChineseChaptersWithChineseNumerals() throws IOException {
        try (XWPFDocument docx = write(DemoNotes.REPLIES_IN, DraftLanguage.ZH)) {
            List<String> chapters = docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(p -> p.getText().split("\t")[0]).toList();
            assertEquals(List.of("一.", "二.", "三.", "四."), chapters);
        }
    }

    @Test
    void numbersParagraphsContinuouslyAcrossChapters() throws IOException {
        for (DraftLanguage language : DraftLanguage.values()) {
            try (XWPFDocument docx = write(DemoNotes.REPLIES_IN, language)) {
                List<String> numbered = numberedTexts(docx);
                assertTrue(numbered.size() > 10, "paragraphs: " + numbered.size());
                for (int i = 0; i < numbered.size(); i++) {
                    assertTrue(numbered.get(i).startsWith((i + 1) + ".\t"), language + " paragraph " + (i + 1) + ": "
                            + numbered.get(i));
                }
            }
        }
    }

    @Test
    void countsThirteenRepliesAsOfFifteenMarch() throws IOException {
        try (XWPFDocument en = write(DemoNotes.REPLIES_IN, DraftLanguage.EN);
                XWPFDocument zh = write(DemoNotes.REPLIES_IN, DraftLanguage.ZH)) {
            assertEquals(13, repliedCount(en, REPLIES_EN, "15 March 2018"));
            assertEquals(13, repliedCount(zh, REPLIES_ZH, "2018 年 3 月 15 日"));
        }
    }

    @Test
    void datesTheNoteVerbaleInTheDraftLanguage() throws IOException {
        try (XWPFDocument en = write(DemoNotes.REPLIES_IN, DraftLanguage.EN);
                XWPFDocument zh = write(DemoNotes.REPLIES_IN, DraftLanguage.ZH)) {
            assertTrue(numberedTexts(en).stream().anyMatch(t -> t.contains("note verbale dated 9 February 2018")));
            assertTrue(numberedTexts(zh).stream().anyMatch(t -> t.contains("秘书处于 2018 年 2 月 9 日发出普通照会")));
        }
    }

    @Test
    void listsTheStatesThatReportedOnElectronicTools() throws IOException {
        try (XWPFDocument en = write(DemoNotes.REPLIES_IN, DraftLanguage.EN);
                XWPFDocument zh = write(DemoNotes.REPLIES_IN, DraftLanguage.ZH)) {
            String english = section(en, "Electronic tools");
            ELECTRONIC_TOOLS_EN.forEach(state -> assertTrue(english.contains(state), state + " missing in " + english));
            assertFalse(english.contains("Denmark"), "Denmark sent nothing on electronic tools");
            String chinese = section(zh, "电子工具");
            ELECTRONIC_TOOLS_ZH.forEach(state -> assertTrue(chinese.contains(state), state + " missing in " + chinese));
            assertFalse(chinese.contains("丹麦"));
        }
    }

    @Test
    void footnotesCiteTheReportHoldingTheRecommendations() throws IOException {
        try (XWPFDocument docx = write(DemoNotes.REPLIES_IN, DraftLanguage.EN)) {
            List<String> footnotes = docx.getFootnotes().stream().map(ProgressNoteDocxTest::text)
                    .filter(t -> !t.isBlank()).toList();
            assertTrue(footnotes.stream().anyMatch(t -> t.contains("CAC/COSP/EG.1/2017/3")), footnotes.toString());
            assertEquals(2, footnotes.size(), "the agenda's asterisk note and the citation: " + footnotes);
            XWPFParagraph citing = docx.getParagraphs().stream().filter(p -> p.getText().contains("derives from"))
                    .findFirst().orElseThrow();
            assertTrue(citing.getFootnoteText().contains("CAC/COSP/EG.1/2017/3"), citing.getFootnoteText());
            assertTrue(citing.getText().contains("resolution 7/1"), citing.getText());
        }
    }

    @Test
    void leavesOutRepliesReceivedAfterTheAsOfDate() throws IOException {
        try (XWPFDocument early = write(DemoNotes.BEFORE_REPLIES, DraftLanguage.EN)) {
            List<String> texts = numberedTexts(early);
            assertTrue(texts.stream().anyMatch(t -> t.contains("As of 1 March 2018, no State had replied.")), texts.toString());
            assertTrue(texts.stream().noneMatch(t -> REPLIES_EN.matcher(t).find()), "a count above zero appears");
            assertTrue(texts.stream().noneMatch(t -> t.contains("Argentina")), "Argentina replied on 15 March 2018");
            assertTrue(section(early, "Electronic tools").contains("no information had been received"));
        }
    }

    @Test
    void leavesOutTheLateIllustrativeReplyAndLaterActions() throws IOException {
        try (XWPFDocument docx = write(DemoNotes.REPLIES_IN, DraftLanguage.EN)) {
            String all = String.join("\n", numberedTexts(docx));
            assertFalse(all.contains("Illustrative reply"), "reply of 15 May 2018 counted");
            String body = docx.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertFalse(body.contains("17 December 2018"), "note verbale of December 2018 listed");
        }
    }

    @Test
    void countsFewerRepliesTheEarlierTheDate() throws IOException {
        try (XWPFDocument may = write(LocalDate.of(2018, 5, 15), DraftLanguage.EN);
                XWPFDocument march = write(DemoNotes.REPLIES_IN, DraftLanguage.EN)) {
            assertEquals(14, repliedCount(may, REPLIES_EN, "15 May 2018"), "the illustrative reply of 15 May counts");
            assertEquals(13, repliedCount(march, REPLIES_EN, "15 March 2018"));
        }
    }

    @Test
    void marksTheAgendaItemWithAnAsteriskFootnoteNamingTheAgenda() throws IOException {
        for (DraftLanguage language : DraftLanguage.values()) {
            try (XWPFDocument docx = write(DemoNotes.REPLIES_IN, language)) {
                XWPFParagraph agenda = docx.getParagraphs().stream()
                        .filter(p -> p.getText().contains(language == DraftLanguage.EN ? "Item 5 of the provisional agenda"
                                : "临时议程项目 5"))
                        .findFirst().orElseThrow(() -> new AssertionError(language + ": no agenda item line"));
                assertEquals("*", agenda.getRuns().get(agenda.getRuns().size() - 1).text(), agenda.getText());
                CTFtnEdnRef reference = agenda.getRuns().stream().flatMap(r -> r.getCTR().getFootnoteReferenceList().stream())
                        .findFirst().orElseThrow(() -> new AssertionError("no footnote on the agenda item line"));
                assertTrue(List.of("1", "true", "on").contains(String.valueOf(reference.getCustomMarkFollows())),
                        "the mark is the asterisk, not a number");
                String note = text(docx.getFootnoteByID(reference.getId().intValue()));
                assertEquals("* CAC/COSP/EG.1/2018/1.", note);
            }
        }
    }

    @Test
    void givesTheMandateStatusAsOfTheDate() throws IOException {
        try (XWPFDocument march = write(DemoNotes.REPLIES_IN, DraftLanguage.EN);
                XWPFDocument january = write(LocalDate.of(2018, 1, 31), DraftLanguage.ZH)) {
            assertTrue(numberedTexts(march).stream()
                    .anyMatch(t -> t.contains("As of 15 March 2018, the status of the mandate was: in progress.")));
            assertTrue(numberedTexts(january).stream()
                    .anyMatch(t -> t.contains("截至 2018 年 1 月 31 日，这项任务授权的状态为：待执行。")));
        }
    }

    @Test
    void chineseRunsCarryAnEastAsianFontAndTheStylesAWindowsFallback() throws IOException {
        try (XWPFDocument zh = write(DemoNotes.REPLIES_IN, DraftLanguage.ZH);
                XWPFDocument en = write(DemoNotes.REPLIES_IN, DraftLanguage.EN)) {
            for (XWPFParagraph paragraph : zh.getParagraphs()) {
                for (XWPFRun run : paragraph.getRuns()) {
                    if (run.getCTR().getFootnoteReferenceList().isEmpty() && !run.text().isEmpty()) {
                        String style = String.valueOf(paragraph.getStyle());
                        String expected = style.startsWith("Heading") || style.equals("Title") ? "Noto Sans CJK SC"
                                : "Noto Serif CJK SC";
                        assertEquals(expected, run.getFontFamily(FontCharRange.eastAsia), run.text());
                    }
                }
            }
            assertEquals("SimSun", eastAsianStyleFont(zh, "Normal"));
            assertEquals("SimHei", eastAsianStyleFont(zh, "Heading1"));
            assertEquals("Times New Roman", zh.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0)
                    .getAscii());
            assertTrue(en.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .allMatch(r -> r.getFontFamily(FontCharRange.eastAsia) == null), "English runs keep the style's fonts");
        }
    }

    private static String eastAsianStyleFont(XWPFDocument docx, String styleId) {
        return docx.getStyles().getStyle(styleId).getCTStyle().getRPr().getRFontsArray(0).getEastAsia();
    }

    private XWPFDocument write(LocalDate asOf, DraftLanguage language) throws IOException {
        Path file = folder.resolve("note-" + language + "-" + asOf + ".docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DocxRenderer().write(DemoNotes.seventhExpertMeeting(asOf, language), out);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static List<String> numberedTexts(XWPFDocument docx) {
        return docx.getParagraphs().stream().filter(p -> "NumberedParagraph".equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    /** The text of the numbered paragraphs under the section heading containing the title. */
    private static String section(XWPFDocument docx, String title) {
        StringBuilder text = new StringBuilder();
        boolean inside = false;
        for (XWPFParagraph paragraph : docx.getParagraphs()) {
            String style = paragraph.getStyle();
            if (style != null && style.startsWith("Heading")) {
                inside = "Heading2".equals(style) && paragraph.getText().contains(title);
            } else if (inside) {
                text.append(paragraph.getText()).append('\n');
            }
        }
        assertFalse(text.isEmpty(), "no section titled " + title);
        return text.toString();
    }

    private static int repliedCount(XWPFDocument docx, Pattern sentence, String expectedDate) {
        for (String text : numberedTexts(docx)) {
            Matcher matcher = sentence.matcher(text);
            if (matcher.find()) {
                assertEquals(expectedDate, matcher.group(1));
                return Integer.parseInt(matcher.group(2));
            }
        }
        throw new AssertionError("no \"had replied\" sentence in " + numberedTexts(docx));
    }

    private static String text(XWPFFootnote footnote) {
        return footnote.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
    }
}
