package org.mandateworkbench.index.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.index.IndexService;
import org.mandateworkbench.index.query.FacetCount;
import org.mandateworkbench.index.query.SearchHit;
import org.mandateworkbench.index.query.SearchOrder;
import org.mandateworkbench.index.query.SearchRequest;
import org.mandateworkbench.index.query.SearchResult;
import org.mandateworkbench.index.query.TwinText;
import org.mandateworkbench.index.schema.IndexFields;
import org.mandateworkbench.index.schema.UnitIds;
import org.mandateworkbench.model.Classification;
import org.mandateworkbench.model.Distribution;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.demo.DemoModel;

/** Drill-down with sideways counts, order by date, language twins, access and resolution forms. */
class SearchRequestTest {

    @TempDir
    Path folder;

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void drillingDownKeepsTheOtherValuesOfTheSameDimensionCounted() throws IOException {
        try (IndexService index = IndexService.open(folder, DemoModel.create(), false)) {
            SearchRequest all = SearchRequest.of("refusal", 500);
            SearchResult broad = index.search(all);
            List<FacetCount> years = broad.facet(IndexFields.YEAR);
            assertTrue(years.size() >= 2, years.toString());
            String year = years.get(0).value();

            SearchResult drilled = index.search(all.drillDown(IndexFields.YEAR, year));
            assertEquals(years.get(0).count(), drilled.totalHits());
            assertTrue(drilled.hits().stream().allMatch(h -> h.date().startsWith(year)), drilled.hits().toString());
            // Sideways: the year dimension still counts as if no year were chosen ...
            assertEquals(years, drilled.facet(IndexFields.YEAR));
            // ... while the other dimensions count only the drilled-down hits.
            int typeTotal = drilled.facet(IndexFields.TYPE).stream().mapToInt(FacetCount::count).sum();
            assertEquals(drilled.totalHits(), typeTotal);

            String type = drilled.facet(IndexFields.TYPE).get(0).value();
            SearchResult both = index.search(all.drillDown(IndexFields.YEAR, year).drillDown(IndexFields.TYPE, type));
            assertEquals(drilled.count(IndexFields.TYPE, type), both.totalHits());
            assertTrue(both.hits().stream().allMatch(h -> h.kind().equals(type) && h.date().startsWith(year)));

            // Two values of one dimension are alternatives.
            String other = years.get(1).value();
            SearchResult either = index.search(all.drillDown(IndexFields.YEAR, year).drillDown(IndexFields.YEAR, other));
            assertEquals(years.get(0).count() + years.get(1).count(), either.totalHits());
            assertEquals(broad.totalHits(), index.search(all.drillDown(IndexFields.YEAR, year)
                    .withoutDrillDown(IndexFields.YEAR, year)).totalHits());
        }
    }

    @Test
    void ordersByDateNewestFirstWithUndatedUnitsLast() throws IOException {
        try (IndexService index = IndexService.open(folder, DemoModel.create(), false)) {
            SearchRequest request = SearchRequest.of("refusal", 500).orderedBy(SearchOrder.DATE);
            List<SearchHit> hits = index.search(request).hits();
            assertTrue(hits.size() > 5);
            List<String> dates = hits.stream().map(SearchHit::date).toList();
            List<String> dated = dates.stream().filter(d -> !d.isEmpty()).toList();
            assertEquals(dated.stream().sorted(Comparator.reverseOrder()).toList(), dated);
            assertEquals(dated, dates.subList(0, dated.size()));
            assertEquals(index.search(request.orderedBy(SearchOrder.RELEVANCE)).totalHits(), index.search(request).totalHits());
        }
    }

    @Test
    void twinOfAParagraphHitIsItsTextInTheOtherLanguage() throws IOException {
        try (IndexService index = IndexService.open(folder, FixtureWorkspace.create(), false)) {
            SearchHit english = index.search("dual criminality", 10).hits().stream()
                    .filter(h -> h.id().equals("rec-2b")).findFirst().orElseThrow();
            assertEquals("en", english.language());
            TwinText chinese = index.twin(english.id(), english.language()).orElseThrow();
            assertEquals("zh", chinese.language());
            assertEquals("rec-2b", chinese.id());
            assertEquals("5 (b)", chinese.paragraph());
            assertTrue(chinese.text().contains("双重犯罪"), chinese.text());

            SearchHit fromChinese = index.search("双重犯罪", 10).hits().stream()
                    .filter(h -> h.id().equals("rec-2b")).findFirst().orElseThrow();
            assertEquals("zh", fromChinese.language());
            assertTrue(index.twin("rec-2b", "zh").orElseThrow().text().contains("dual criminality"));
            assertEquals(Optional.empty(), index.twin("no-such-unit", "en"));
            // The note verbale has English text only.
            assertEquals(Optional.empty(), index.twin("nv-1", "en"));
        }
    }

    @Test
    void twinOfADocumentVersionIsTheOtherVersionWithTheSameSymbol() throws IOException {
        MandateWorkspace workspace = FixtureWorkspace.create();
        Document background = workspace.getDocuments().stream()
                .filter(d -> d.getSymbol().normalizedKey().equals("Y/WG/2020/3")).findFirst().orElseThrow();
        LanguageVersion english = background.getVersions().stream().filter(v -> v.getLanguage().equals("en")).findFirst().orElseThrow();
        english.setText("This paper outlines model extradition treaties of States.");
        try (IndexService index = IndexService.open(folder, workspace, false)) {
            SearchHit hit = index.search("extradition", 10).hits().get(0);
            assertEquals(UnitIds.documentText(background.getKey(), "en"), hit.id());
            TwinText twin = index.twin(hit.id(), hit.language()).orElseThrow();
            assertEquals(UnitIds.documentText(background.getKey(), "zh"), twin.id());
            assertEquals(List.of("Y/WG/2020/3"), twin.symbols());
            assertTrue(twin.text().startsWith("本文件"), twin.text());
            assertEquals(hit.id(), index.twin(twin.id(), "zh").orElseThrow().id());
            assertEquals(Optional.of(background), UnitIds.resolve(workspace, twin.id()));
        }
    }

    @Test
    void eachNumberedParagraphOfADocumentIsAHitWithItsTwinParagraph() throws IOException {
        MandateWorkspace workspace = FixtureWorkspace.create();
        Document report = workspace.getDocuments().stream()
                .filter(d -> d.getSymbol().normalizedKey().equals("X/EG/2019/2")).findFirst().orElseThrow();
        LanguageVersion english = FixtureWorkspace.F.createLanguageVersion();
        english.setLanguage("en");
        english.setText("Report of the meeting\n1. The meeting opened on time.\n2. Delegates compared extradition practice.\n");
        LanguageVersion chinese = FixtureWorkspace.F.createLanguageVersion();
        chinese.setLanguage("zh");
        chinese.setText("会议报告\n1. 会议准时开幕。\n2. 代表们比较了引渡做法。\n");
        report.getVersions().add(english);
        report.getVersions().add(chinese);
        try (IndexService index = IndexService.open(folder, workspace, false)) {
            SearchHit hit = index.search("extradition practice", 10).hits().get(0);
            assertEquals(UnitIds.documentParagraph(report.getKey(), "en", "2"), hit.id());
            assertEquals("document-paragraph", hit.kind());
            assertEquals("2", hit.paragraph());
            assertEquals(List.of("X/EG/2019/2"), hit.symbols());
            assertFalse(hit.snippet().contains("opened"), hit.snippet());

            TwinText twin = index.twin(hit.id(), "en").orElseThrow();
            assertEquals(UnitIds.documentParagraph(report.getKey(), "zh", "2"), twin.id());
            assertEquals("2", twin.paragraph());
            assertTrue(twin.text().contains("引渡") && !twin.text().contains("开幕"), twin.text());

            // The heading before the first paragraph is a unit of its own.
            assertEquals(List.of(UnitIds.documentText(report.getKey(), "en")), ids(index.search("report", 10)));
            assertEquals(Optional.of(report), UnitIds.resolve(workspace, twin.id()));
            assertEquals(Optional.of("2"), UnitIds.paragraph(twin.id()));
            assertEquals(Optional.of("zh"), UnitIds.language(twin.id()));
        }
    }

    @Test
    void unitIdsResolveToTheirModelObjects() {
        MandateWorkspace workspace = FixtureWorkspace.create();
        assertTrue(UnitIds.resolve(workspace, "rec-2b").orElseThrow() instanceof Recommendation);
        StateResponse response = (StateResponse) UnitIds.resolve(workspace, "response-KOR#refusal").orElseThrow();
        assertEquals("KOR", response.getState().getIsoCode());
        assertEquals("response-KOR", UnitIds.objectId("response-KOR#refusal"));
        assertEquals(Optional.empty(), UnitIds.language("response-KOR#refusal"));
        assertEquals(Optional.empty(), UnitIds.resolve(workspace, "gone"));
    }

    @Test
    void everyUnitCarriesItsAccessClassification() throws IOException {
        MandateWorkspace workspace = FixtureWorkspace.create();
        StateResponse korea = (StateResponse) UnitIds.resolve(workspace, "response-KOR").orElseThrow();
        korea.setClassification(Classification.RESTRICTED);
        workspace.getDocuments().stream().filter(d -> d.getSymbol().normalizedKey().equals("X/EG/2019/2"))
                .forEach(d -> d.setDistribution(Distribution.LIMITED));
        try (IndexService index = IndexService.open(folder, workspace, false)) {
            assertEquals(List.of("response-KOR#refusal"), ids(index.search("access:restricted", 50)));
            assertEquals(List.of("rec-2a", "rec-2b"), ids(index.search("access:limited", 50)).stream().sorted().toList());
            SearchResult all = index.search("refusal OR 拒绝 OR women", 50);
            assertFalse(all.hits().isEmpty());
            assertTrue(all.hits().stream().noneMatch(h -> h.access().isEmpty()), all.hits().toString());
            assertEquals("unclassified", index.search("type:mandate", 5).hits().get(0).access());
            assertEquals("public", index.search("women", 5).hits().get(0).access());
        }
    }

    @Test
    void spokenResolutionNumbersMeanTheBareNumberSoThatCitingTextIsFoundToo() throws IOException {
        try (IndexService index = IndexService.open(folder, DemoModel.create(), false)) {
            List<String> field = ids(index.search("resolution:7/1", 100));
            List<String> bare = ids(index.search("7/1", 100));
            assertFalse(field.isEmpty());
            assertTrue(bare.containsAll(field));
            // The units that only cite 7/1 in their text (the note verbale asking about it) come on top.
            assertTrue(bare.size() > field.size(), bare + " " + field);
            assertEquals(bare, ids(index.search("resolution 7/1", 100)));
            assertEquals(bare, ids(index.search("Resolution  7/1", 100)));
            assertEquals(bare, ids(index.search("decision 7/1", 100)));
            assertEquals(bare, ids(index.search("第 7/1 号决议", 100)));
            assertEquals(bare, ids(index.search("第7/1号决议", 100)));
            List<String> panel = ids(index.search("第 7/1 号决议 AND panel", 100));
            assertFalse(panel.isEmpty());
            assertTrue(bare.containsAll(panel));
            // Inside quotes the words stay words.
            assertTrue(index.search("\"resolution 7/1\"", 100).parse().isValid());
        }
    }

    @Test
    void errorsAfterASpokenResolutionNumberPointIntoTheTypedText() throws IOException {
        try (IndexService index = IndexService.open(folder, DemoModel.create(), false)) {
            String typed = "第 7/1 号决议 AND (panel";
            SearchResult result = index.search(typed, 10);
            assertFalse(result.parse().isValid());
            assertEquals(typed.indexOf('('), result.parse().errorPosition());
            String english = "resolution 7/1 AND year:abc";
            SearchResult bad = index.search(english, 10);
            assertFalse(bad.parse().isValid());
            assertEquals(english.indexOf("abc"), bad.parse().errorPosition());
        }
    }
}
