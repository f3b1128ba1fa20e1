package org.mandateworkbench.index.tests.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.index.DocumentUnitOffsets;
import org.mandateworkbench.index.IndexService;
import org.mandateworkbench.index.WorkspaceDocuments;
import org.mandateworkbench.index.query.SearchHit;
import org.mandateworkbench.index.query.TwinText;
import org.mandateworkbench.index.schema.IndexFields;
import org.mandateworkbench.index.schema.UnitIds;
import org.mandateworkbench.ingest.segment.DocumentSegmenter;
import org.mandateworkbench.ingest.segment.Segmentation;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.symbol.DocumentSymbol;

/** Footnotes and unnumbered passages of a document are units of search, and paragraphs carry their section. */
class DocumentPartsTest {

    private static final MandatesFactory F = MandatesFactory.eINSTANCE;
    private static final String KEY = "Z/WG/2021/7";

    static final String ENGLISH = """
            Progress note of the working group
            I. Introduction
            This note describes the requests sent to States.
            1. The secretariat sent a note verbale to all States parties.
            2. Replies came from the States named in the footnote, and
            __________
             1 Armenia, Czechia and Peru replied before the deadline.
            the secretariat summarized them for the group.
            II. Annex
            Calendar of the panels held in the period under review.
            3. Further work is planned for the next session.
            """;

    static final String CHINESE = """
            工作组进展说明
            一、导言
            本说明介绍向各国发出的请求。
            1. 秘书处向所有缔约国发出了普通照会。
            2. 脚注所列国家作出了答复，
            __________
             1 亚美尼亚、捷克和秘鲁在截止日期前作了答复。
            秘书处为工作组归纳了这些答复。
            二、附件
            所审查期间举办的小组讨论日程。
            3. 计划在下届会议开展进一步工作。
            """;

    @TempDir
    Path folder;

    static MandateWorkspace workspace(String english, String chinese) {
        MandateWorkspace workspace = F.createMandateWorkspace();
        Document document = F.createDocument();
        document.setSymbol(DocumentSymbol.parse(KEY));
        document.setDate(LocalDate.of(2021, 9, 1));
        document.getVersions().add(version("en", english));
        document.getVersions().add(version("zh", chinese));
        workspace.getDocuments().add(document);
        return workspace;
    }

    private static LanguageVersion version(String language, String text) {
        LanguageVersion version = F.createLanguageVersion();
        version.setLanguage(language);
        version.setText(text);
        return version;
    }

    @Test
    void aFootnoteIsAHitOfItsOwnWithoutItsMarker() throws IOException {
        try (IndexService index = IndexService.open(folder, workspace(ENGLISH, CHINESE), false)) {
            SearchHit hit = index.search("Armenia", 10).hits().get(0);
            assertEquals(UnitIds.documentFootnote(KEY, "en", "1"), hit.id());
            assertEquals("document-footnote", hit.kind());
            assertEquals(List.of(KEY), hit.symbols());
            assertEquals("2021-09-01", hit.date());
            assertTrue(hit.snippet().startsWith("<b>Armenia</b>"), hit.snippet());

            // The States it names are the unit's States, in both languages.
            List<String> named = index.search("state:ARM", 10).hits().stream().map(SearchHit::id).toList();
            assertEquals(List.of(UnitIds.documentFootnote(KEY, "en", "1"), UnitIds.documentFootnote(KEY, "zh", "1")),
                    named.stream().sorted().toList());

            TwinText twin = index.twin(hit.id(), "en").orElseThrow();
            assertEquals(UnitIds.documentFootnote(KEY, "zh", "1"), twin.id());
            assertTrue(twin.text().startsWith("亚美尼亚"), twin.text());
        }
    }

    @Test
    void theParagraphAFootnoteInterruptsKeepsItsContinuationButNotTheFootnote() throws IOException {
        try (IndexService index = IndexService.open(folder, workspace(ENGLISH, CHINESE), false)) {
            SearchHit hit = index.search("summarized", 10).hits().get(0);
            assertEquals(UnitIds.documentParagraph(KEY, "en", "2"), hit.id());
            TwinText paragraph = index.twin(UnitIds.documentParagraph(KEY, "zh", "2"), "zh").orElseThrow();
            assertTrue(paragraph.text().contains("summarized") && !paragraph.text().contains("Armenia"), paragraph.text());
        }
    }

    @Test
    void unnumberedPassagesAreHitsWithTheirSection() throws IOException {
        try (IndexService index = IndexService.open(folder, workspace(ENGLISH, CHINESE), false)) {
            SearchHit annex = index.search("calendar panels", 10).hits().get(0);
            assertEquals(UnitIds.documentPassage(KEY, "en", 2), annex.id());
            assertEquals("document-passage", annex.kind());
            assertEquals("II. Annex", annex.section());
            assertEquals("", annex.paragraph());

            SearchHit leadIn = index.search("小组讨论日程", 10).hits().get(0);
            assertEquals(UnitIds.documentPassage(KEY, "zh", 2), leadIn.id());
            assertEquals("二、附件", leadIn.section());

            // The passage before the first paragraph is no longer part of the head's unit.
            List<String> requests = index.search("describes requests", 10).hits().stream().map(SearchHit::id).toList();
            assertEquals(List.of(UnitIds.documentPassage(KEY, "en", 1)), requests);
            assertEquals(List.of(UnitIds.documentText(KEY, "en")),
                    index.search("\"progress note\"", 10).hits().stream().map(SearchHit::id).toList());
        }
    }

    @Test
    void numberedParagraphsCarryTheHeadingOfTheirSection() throws IOException {
        try (IndexService index = IndexService.open(folder, workspace(ENGLISH, CHINESE), false)) {
            assertEquals("I. Introduction", index.search("\"note verbale\"", 10).hits().get(0).section());
            SearchHit further = index.search("further work", 10).hits().get(0);
            assertEquals(UnitIds.documentParagraph(KEY, "en", "3"), further.id());
            assertEquals("II. Annex", further.section());
            assertEquals("一、导言", index.search("普通照会", 10).hits().get(0).section());
        }
    }

    @Test
    void theUnitOfAFootnoteOrPassageKnowsWhereItBeginsInTheText() {
        LanguageVersion english = workspace(ENGLISH, CHINESE).getDocuments().get(0).getVersions().get(0);
        assertTrue(ENGLISH.startsWith("1 Armenia", offset(english, UnitIds.documentFootnote(KEY, "en", "1"))));
        assertTrue(ENGLISH.startsWith("This note", offset(english, UnitIds.documentPassage(KEY, "en", 1))));
        assertTrue(ENGLISH.startsWith("Calendar", offset(english, UnitIds.documentPassage(KEY, "en", 2))));
        // A number seen twice carries its place in the id.
        assertEquals(OptionalInt.of(57), DocumentUnitOffsets.of(english, UnitIds.documentParagraph(KEY, "en", "2-57")));
        // A paragraph is found by its number; places that are not there have no offset.
        for (String id : List.of(UnitIds.documentParagraph(KEY, "en", "2"), UnitIds.documentText(KEY, "en"),
                UnitIds.documentPassage(KEY, "en", 3), UnitIds.documentFootnote(KEY, "en", "7"),
                UnitIds.documentParagraph(KEY, "en", "2-9999"), "rec-2a")) {
            assertEquals(OptionalInt.empty(), DocumentUnitOffsets.of(english, id), id);
        }
    }

    private static int offset(LanguageVersion version, String unitId) {
        return DocumentUnitOffsets.of(version, unitId).orElseThrow();
    }

    @Test
    void everyLineOfTextOutsideHeadingsAndRulesIsInAUnit() {
        for (String[] texts : List.of(new String[] { ENGLISH, CHINESE }, new String[] { paragraphsOnly(), "无编号" },
                new String[] { "I. Only a heading\nand a passage", "1 只有脚注。" })) {
            MandateWorkspace workspace = workspace(texts[0], texts[1]);
            Map<String, org.apache.lucene.document.Document> units = WorkspaceDocuments.build(workspace);
            List<String> indexed = new ArrayList<>();
            units.values().forEach(unit -> {
                indexed.add(String.valueOf(unit.get(IndexFields.TEXT_EN)));
                indexed.add(String.valueOf(unit.get(IndexFields.TEXT_ZH)));
            });
            for (String text : texts) {
                for (String line : uncovered(text, indexed)) {
                    throw new AssertionError("not in any unit: " + line + " in\n" + text);
                }
            }
        }
    }

    private static String paragraphsOnly() {
        return "1. First paragraph.\n2. Second paragraph\nwrapped over two lines.\n";
    }

    /** The lines of a text, headings, rules and footnote markers aside, that no unit's text holds. */
    private static List<String> uncovered(String text, List<String> indexed) {
        Segmentation segmentation = new DocumentSegmenter().segment(text);
        List<String> missing = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            int lineStart = start;
            start += line.length() + 1;
            String stripped = line.strip();
            boolean heading = segmentation.sections().stream()
                    .anyMatch(s -> s.start() >= lineStart && s.start() < lineStart + line.length() + 1);
            if (stripped.isEmpty() || heading || stripped.matches("_{5,}")) {
                continue;
            }
            String content = segmentation.footnotes().stream()
                    .filter(f -> f.start() >= lineStart && f.start() <= lineStart + line.length())
                    .map(f -> text.substring(f.textStart(), lineStart + line.length()).strip()).findFirst().orElse(stripped);
            if (indexed.stream().noneMatch(t -> t.contains(content))) {
                missing.add(content);
            }
        }
        assertFalse(indexed.isEmpty());
        return missing;
    }
}
