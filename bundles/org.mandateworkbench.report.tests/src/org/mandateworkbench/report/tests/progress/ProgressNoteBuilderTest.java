package org.mandateworkbench.report.tests.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.demo.DemoModel;
import org.mandateworkbench.report.document.NumberedParagraph;
import org.mandateworkbench.report.document.ReportDocument;
import org.mandateworkbench.report.document.Table;
import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.progress.ProgressNoteBuilder;

class ProgressNoteBuilderTest {

    private final MandateWorkspace workspace = DemoModel.create();
    private final Meeting seventh = ProgressNoteBuilder.findMeeting(workspace, "CAC/COSP/EG.1", 7).orElseThrow();

    @Test
    void coversTheMandatesReportedToTheMeetingByDefault() {
        List<String> ids = new ProgressNoteBuilder(workspace, seventh, DemoNotes.REPLIES_IN, DraftLanguage.EN)
                .defaultMandates().stream().map(Mandate::getId).toList();
        assertEquals(List.of("mandate-cosp-7-1-information-exchange"), ids);
    }

    @Test
    void showsAGivenSymbolOrElseAPlaceholder() {
        ProgressNoteBuilder builder = new ProgressNoteBuilder(workspace, seventh, DemoNotes.REPLIES_IN, DraftLanguage.EN);
        assertEquals("CAC/COSP/EG.1/YYYY/\u2026", builder.build().cover().symbol());
        assertEquals("CAC/COSP/EG.1/2018/2", builder.symbol("CAC/COSP/EG.1/2018/2").build().cover().symbol());
    }

    @Test
    void coversExactlyTheChosenMandates() {
        Mandate directory = workspace.getMandates().stream()
                .filter(m -> m.getId().equals("mandate-competent-authorities-directory")).findFirst().orElseThrow();
        ReportDocument note = new ProgressNoteBuilder(workspace, seventh, LocalDate.of(2018, 4, 1),
                DraftLanguage.EN).mandates(List.of(directory)).build();
        Table indicators = note.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst()
                .orElseThrow();
        assertEquals(List.of("Directory: Central authorities for mutual legal assistance", "129", "27 March 2018",
                "States parties"), indicators.rows().get(0));
        assertTrue(note.blocks().stream().filter(NumberedParagraph.class::isInstance).map(NumberedParagraph.class::cast)
                .noneMatch(p -> p.text().contains("9 February 2018")), "the note of 9 February 2018 is another mandate's");
    }

    @Test
    void showsADashForIndicatorsNotYetObserved() {
        ReportDocument note = new ProgressNoteBuilder(workspace, seventh, DemoNotes.BEFORE_REPLIES, DraftLanguage.ZH).build();
        Table indicators = note.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst()
                .orElseThrow();
        assertEquals(List.of("对2018年2月9日普通照会的答复", "\u2014", "\u2014", "States parties"), indicators.rows().get(0));
    }

    @Test
    void putsTheArticleBeforeEnglishStateNamesThatTakeIt() {
        String text = new ProgressNoteBuilder(workspace, seventh, DemoNotes.REPLIES_IN, DraftLanguage.EN).build().blocks()
                .stream().filter(NumberedParagraph.class::isInstance).map(b -> ((NumberedParagraph) b).text())
                .reduce("", String::concat);
        assertTrue(text.contains("Information provided by the Republic of Korea:"), text);
        assertTrue(text.contains("Information provided by Argentina:"), text);
    }

    @Test
    void chineseWordingHasEveryEnglishKey() throws IOException {
        Properties english = load("wording.properties");
        Properties chinese = load("wording_zh.properties");
        for (String key : english.stringPropertyNames()) {
            if (!key.startsWith("count.")) {
                assertTrue(chinese.containsKey(key), "wording_zh.properties lacks " + key);
            }
        }
        // Counts differ in form only: singular and plural in English, measure word and noun in Chinese.
        assertEquals(english.size(), chinese.size(), "keys in wording_zh.properties that English lacks");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProgressNoteBuilder.class.getResourceAsStream(name)) {
            assertTrue(in != null, "no resource " + name);
            properties.load(in);
        }
        return properties;
    }
}
