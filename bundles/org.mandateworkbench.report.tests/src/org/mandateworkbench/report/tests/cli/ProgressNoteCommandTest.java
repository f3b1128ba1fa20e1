package org.mandateworkbench.report.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.UsageException;

class ProgressNoteCommandTest extends DemoWorkspaceFixture {

    /** Runs progress-note with these values and returns the message of the expected refusal. */
    private String refusal(String meeting, String asOf, String language, String out) {
        return assertThrows(UsageException.class, () -> run.report("progress-note", "--meeting", meeting, "--as-of", asOf,
                "--lang", language, "--out", out)).getMessage();
    }

    @Test
    void writesTheEnglishNoteForTheSeventhExpertMeetingAsDocx() throws Exception {
        assertEquals(ExitCodes.OK, run.report("progress-note", "--meeting", "CAC/COSP/EG.1/7", "--as-of", "2018-03-15",
                "--lang", "en", "--out", "note.docx"));
        Path docx = temp.resolve("note.docx");
        assertTrue(run.output().contains(docx.toString()), run.output());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(text.contains("Note by the Secretariat"), text);
            assertTrue(text.contains("15 March 2018"), text);
        }
    }

    @Test
    void writesTheChineseNoteAsHtml() throws Exception {
        assertEquals(ExitCodes.OK, run.report("progress-note", "--meeting", "CAC/COSP/EG.1/7", "--as-of", "2018-03-15",
                "--lang", "zh", "--out", "note.html"));
        String html = Files.readString(temp.resolve("note.html"), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh\">"), html);
        assertTrue(html.contains("2018 \u5e74 3 \u6708 15 \u65e5"), html);
    }

    @Test
    void aBadDateNamesTheOptionAndTheValue() {
        String refusal = refusal("CAC/COSP/EG.1/7", "15.3.2018", "en", "note.docx");
        assertTrue(refusal.contains("--as-of"), refusal);
        assertTrue(refusal.contains("15.3.2018"), refusal);
    }

    @Test
    void anUnknownMeetingListsTheKnownOnes() {
        String refusal = refusal("CAC/COSP/EG.1/99", "2018-03-15", "en", "note.docx");
        assertTrue(refusal.contains("CAC/COSP/EG.1/99"), refusal);
        assertTrue(refusal.contains("CAC/COSP/EG.1/7"), refusal);
        assertFalse(Files.exists(temp.resolve("note.docx")));
    }

    @Test
    void aMeetingWithoutOrdinalIsRefused() {
        String refusal = refusal("CAC/COSP/EG.1", "2018-03-15", "en", "note.docx");
        assertTrue(refusal.contains("PREFIX/ORDINAL"), refusal);
    }

    @Test
    void anUnsupportedLanguageIsRefused() {
        String refusal = refusal("CAC/COSP/EG.1/7", "2018-03-15", "fr", "note.docx");
        assertTrue(refusal.contains("\"fr\""), refusal);
    }

    @Test
    void anUnknownExtensionIsRefusedBeforeAnythingIsWritten() {
        String refusal = refusal("CAC/COSP/EG.1/7", "2018-03-15", "en", "note.pdf");
        assertTrue(refusal.contains("note.pdf"), refusal);
        assertFalse(Files.exists(temp.resolve("note.pdf")));
    }

    @Test
    void unknownReportsAndOptionsAreNamed() {
        UsageException kind = assertThrows(UsageException.class, () -> run.report("minutes"));
        assertTrue(kind.getMessage().contains("\"minutes\""), kind.getMessage());
        UsageException option = assertThrows(UsageException.class, () -> run.report("progress-note", "--when", "x"));
        assertTrue(option.getMessage().contains("--when"), option.getMessage());
        UsageException missing = assertThrows(UsageException.class, () -> run.report("progress-note", "--meeting",
                "CAC/COSP/EG.1/7", "--lang", "en", "--out", "note.docx"));
        assertTrue(missing.getMessage().contains("--as-of"), missing.getMessage());
    }

    @Test
    void aFolderWithoutWorkspaceIsRefused() {
        ReportRun elsewhere = new ReportRun(temp.resolve("empty"), temp);
        UsageException refusal = assertThrows(UsageException.class, () -> elsewhere.report("progress-note", "--meeting",
                "CAC/COSP/EG.1/7", "--as-of", "2018-03-15", "--lang", "en", "--out", "note.docx"));
        assertTrue(refusal.getMessage().contains("empty"), refusal.getMessage());
    }
}
