package org.mandateworkbench.report.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.progress.NoteVerbaleProgress;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

class NoteVerbaleCommandTest extends DemoWorkspaceFixture {

    private static final String NOTE_ID = "nv-2018-02-09";

    private <T> T fromDemo(Function<List<NoteVerbale>, T> query) throws Exception {
        try (Workspace workspace = Workspaces.open(temp.resolve("ws")); ModelStore store = ModelStore.open(workspace)) {
            return query.apply(store.root().getMandates().stream().flatMap(m -> m.getActions().stream())
                    .filter(NoteVerbale.class::isInstance).map(NoteVerbale.class::cast).toList());
        }
    }

    private static NoteVerbale theNote(List<NoteVerbale> notes) {
        return notes.stream().filter(n -> NOTE_ID.equals(n.getId())).findFirst().orElseThrow();
    }

    private static String englishName(State state) {
        return MultilingualTextQuery.valueOrAny(state.getName(), List.of("en")).orElse(state.getIsoCode());
    }

    private static List<String> letteredItems(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            return document.getParagraphs().stream().filter(p -> "LetteredItem".equals(p.getStyle())).map(p -> p.getText().replaceFirst("^\\([a-z]+\\)\t", ""))
                    .toList();
        }
    }

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void aNoteVerbaleAsksAllStatesPartiesAboutTheMandateTopicsWithTheDeadline() throws Exception {
        String mandateId = fromDemo(notes -> ((Mandate) theNote(notes).eContainer()).getId());
        List<String> topics = fromDemo(notes -> List.copyOf(((Mandate) theNote(notes).eContainer()).getTopics()));
        assertEquals(ExitCodes.OK, run.report("note-verbale", "--mandate", mandateId, "--date", "2019-01-10",
                "--deadline", "2019-03-01", "--lang", "en", "--out", "nv.docx"));
        String text = text(temp.resolve("nv.docx"));
        assertTrue(text.contains("presents its compliments"), text);
        assertTrue(text.contains("all States parties"), text);
        assertTrue(text.contains("1 March 2019"), text);
        assertTrue(text.contains("10 January 2019"), text);
        assertEquals(topics.size(), letteredItems(temp.resolve("nv.docx")).size(), text);
    }

    @Test
    void theChineseNoteVerbaleUsesChineseDatesAndCourtesies() throws Exception {
        String mandateId = fromDemo(notes -> ((Mandate) theNote(notes).eContainer()).getId());
        assertEquals(ExitCodes.OK, run.report("note-verbale", "--mandate", mandateId, "--date", "2019-01-10",
                "--deadline", "2019-03-01", "--lang", "zh", "--out", "nv.html"));
        String html = Files.readString(temp.resolve("nv.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<html lang=\"zh\">"), html);
        assertTrue(html.contains("2019 \u5e74 3 \u6708 1 \u65e5"), html);
        assertTrue(html.contains("\u81f4\u610f"), html);
        assertFalse(html.contains("Secretariat"), html);
    }

    @Test
    void theReminderListsOnlyTheStatesStillOutstandingOnItsDate() throws Exception {
        LocalDate date = LocalDate.of(2018, 3, 20);
        List<String> outstanding = fromDemo(
                notes -> NoteVerbaleProgress.of(theNote(notes), date).outstanding().stream().map(NoteVerbaleCommandTest::englishName).toList());
        List<String> replied = fromDemo(
                notes -> NoteVerbaleProgress.of(theNote(notes), date).replied().stream().map(NoteVerbaleCommandTest::englishName).toList());
        assertFalse(replied.isEmpty());
        assertEquals(ExitCodes.OK, run.report("reminder", "--note-verbale", NOTE_ID, "--date", "2018-03-20", "--lang", "en",
                "--out", "reminder.docx"));
        List<String> listed = letteredItems(temp.resolve("reminder.docx"));
        assertEquals(outstanding, listed);
        for (String state : replied) {
            assertFalse(listed.contains(state), state + " replied by the date but is reminded");
        }
        assertTrue(replied.contains("Argentina"), String.valueOf(replied));
        String text = text(temp.resolve("reminder.docx"));
        assertTrue(text.contains("its note verbale dated 9 February 2018"), text);
        assertTrue(text.contains("Reminder"), text);
    }

    @Test
    void aReminderBeforeAnyReplyListsEveryAddressedState() throws Exception {
        List<String> addressed = fromDemo(notes -> NoteVerbaleProgress.of(theNote(notes), LocalDate.of(2018, 3, 1))
                .addressed().stream().map(NoteVerbaleCommandTest::englishName).toList());
        assertEquals(ExitCodes.OK, run.report("reminder", "--note-verbale", NOTE_ID, "--date", "2018-03-01", "--lang", "en",
                "--deadline", "2018-04-15", "--out", "reminder.docx"));
        List<String> listed = letteredItems(temp.resolve("reminder.docx"));
        assertEquals(addressed, listed);
        assertTrue(listed.contains("Argentina"), String.valueOf(listed));
        assertTrue(text(temp.resolve("reminder.docx")).contains("15 April 2018"));
    }

    @Test
    void unknownMandatesAndNotesAreNamedWithTheKnownOnes() {
        UsageException mandate = assertThrows(UsageException.class, () -> run.report("note-verbale", "--mandate",
                "no-such-mandate", "--date", "2019-01-10", "--deadline", "2019-03-01", "--lang", "en", "--out", "nv.docx"));
        assertTrue(mandate.getMessage().contains("no-such-mandate"), mandate.getMessage());
        assertTrue(mandate.getMessage().contains("information-exchange"), mandate.getMessage());
        UsageException note = assertThrows(UsageException.class, () -> run.report("reminder", "--note-verbale", "nv-1999",
                "--date", "2019-01-10", "--lang", "en", "--out", "r.docx"));
        assertTrue(note.getMessage().contains("nv-1999"), note.getMessage());
        assertTrue(note.getMessage().contains(NOTE_ID), note.getMessage());
    }

    @Test
    void aDeadlineBeforeTheNoteIsRefused() {
        UsageException refusal = assertThrows(UsageException.class, () -> run.report("note-verbale", "--mandate", "x",
                "--date", "2019-01-10", "--deadline", "2018-12-01", "--lang", "en", "--out", "nv.docx"));
        assertTrue(refusal.getMessage().contains("--deadline"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("2018-12-01"), refusal.getMessage());
    }
}
