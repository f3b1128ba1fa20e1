package org.mandateworkbench.index.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.index.IndexService;
import org.mandateworkbench.index.WorkspaceDocuments;
import org.mandateworkbench.index.query.SearchHit;
import org.mandateworkbench.index.query.SearchResult;
import org.mandateworkbench.model.LocalizedString;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.demo.DemoModel;
import org.mandateworkbench.store.ModelChangeEvent;

class DemoIndexIntegrationTest {

    @TempDir
    Path folder;

    @Test
    void findsNorwaysResponsesByStateName() throws IOException {
        try (IndexService index = IndexService.open(folder, DemoModel.create(), false)) {
            SearchResult result = index.search("state:Norway", 100);
            assertFalse(result.hits().isEmpty());
            assertTrue(result.hits().stream().allMatch(h -> h.kind().equals("state-response-topic")), result.hits().toString());
            assertEquals(result.hits().size(), result.count("state", "NOR"));
            assertEquals(result.hits(), index.search("state:挪威", 100).hits());
        }
    }

    @Test
    void findsEighthMeetingRecommendationsToTheSecretariatIn2019() throws IOException {
        MandateWorkspace demo = DemoModel.create();
        try (IndexService index = IndexService.open(folder, demo, false)) {
            SearchResult result = index.search("type:recommendation addressee:secretariat year:2019", 100);
            List<String> ids = result.hits().stream().map(SearchHit::id).sorted().toList();
            List<String> expected = demo.getBodies().stream().flatMap(b -> b.getMeetings().stream())
                    .filter(m -> m.getStartDate() != null && m.getStartDate().getYear() == 2019)
                    .flatMap((Meeting m) -> m.getRecommendations().stream())
                    .filter(r -> r.getAddressees() != null && r.getAddressees().isSecretariat())
                    .map(Recommendation::getId).sorted().toList();
            assertFalse(expected.isEmpty());
            assertEquals(expected, ids);
            assertTrue(ids.stream().allMatch(id -> id.endsWith("-8-46") || id.matches(".*-8-47[fgh]")), ids.toString());
        }
    }

    @Test
    void findsTheParagraphsAndMandatesOfAResolutionByItsNumber() throws IOException {
        try (IndexService index = IndexService.open(folder, DemoModel.create(), false)) {
            List<String> bare = index.search("7/1", 100).hits().stream().map(SearchHit::id).toList();
            assertTrue(bare.contains("res-CAC-COSP-7-1-op-27"), bare.toString());
            assertTrue(bare.contains("mandate-cosp-7-1-para-27-panel"), bare.toString());
            List<String> field = index.search("resolution:7/1", 100).hits().stream().map(SearchHit::id).toList();
            assertTrue(field.contains("res-CAC-COSP-7-1-op-27"), field.toString());
            assertFalse(field.stream().anyMatch(id -> id.startsWith("res-CAC-COSP-6-")), field.toString());
        }
    }

    @Test
    void findsChineseTextOfTheDemo() throws IOException {
        try (IndexService index = IndexService.open(folder, DemoModel.create(), false)) {
            SearchResult result = index.search("双重犯罪", 100);
            assertFalse(result.hits().isEmpty());
            assertTrue(result.hits().stream().anyMatch(h -> h.id().contains("NOR")), result.hits().toString());
            assertTrue(result.hits().stream().allMatch(h -> h.snippet().contains("<b>双重犯罪</b>")), result.hits().toString());
        }
    }

    @Test
    void updatesOnlyChangedUnitsAndDeletesRemovedOnes() throws IOException {
        MandateWorkspace demo = DemoModel.create();
        try (IndexService index = IndexService.open(folder, demo, false)) {
            int size = index.size();
            assertEquals(0, index.update(demo));
            demo.getMandates().remove(0);
            assertTrue(index.update(demo) >= 1);
            assertTrue(index.size() < size);
        }
    }

    @Test
    void rewritesOnlyTheEditedRecommendationOnAnEvent() throws IOException {
        MandateWorkspace demo = DemoModel.create();
        try (IndexService index = IndexService.open(folder, demo, false)) {
            Recommendation recommendation = demo.getBodies().stream().flatMap(b -> b.getMeetings().stream())
                    .flatMap(m -> m.getRecommendations().stream()).findFirst().orElseThrow();
            int size = index.size();
            // Changed without an event: an edit-only update must not notice it.
            demo.getMandates().remove(0);
            LocalizedString english = recommendation.getText().getValues().stream()
                    .filter(v -> v.getLanguage().equals("en")).findFirst().orElseThrow();
            english.setValue("Consult the zebras");
            index.modelChanged(new ModelChangeEvent(ModelChangeEvent.Kind.EXECUTE, "edit", List.of(english), List.of()));
            assertEquals(List.of(recommendation.getId()),
                    index.search("zebra", 10).hits().stream().map(SearchHit::id).toList());
            assertEquals(size, index.size(), "the mandate removed without an event is still indexed");
        }
    }

    @Test
    void rebuildAddsEveryUnitExactlyOnceAcrossItsThreads() throws IOException {
        MandateWorkspace demo = DemoModel.create();
        // The rebuild threads take 256 units at a time: copies of a recommendation give both of them work.
        Meeting meeting = demo.getBodies().stream().flatMap(b -> b.getMeetings().stream())
                .filter(m -> !m.getRecommendations().isEmpty()).findFirst().orElseThrow();
        Recommendation original = meeting.getRecommendations().get(0);
        for (int i = 0; i < 1000; i++) {
            Recommendation copy = EcoreUtil.copy(original);
            copy.setId(original.getId() + "-copy-" + i);
            meeting.getRecommendations().add(copy);
        }
        int units = WorkspaceDocuments.build(demo).size();
        assertTrue(units > 4 * 256, units + " units");
        try (IndexService index = IndexService.rebuild(folder, demo)) {
            assertEquals(units, index.size());
            assertEquals(units, index.changesOnOpen());
        }
        try (IndexService index = IndexService.open(folder, demo, false)) {
            assertFalse(index.wasRebuilt());
            assertEquals(units, index.size());
            // A unit written twice and another left out would show here as a rewrite.
            assertEquals(0, index.changesOnOpen(), "every unit's fingerprint was stored by the rebuild");
        }
    }

    @Test
    void reopensAValidIndexAndRebuildsACorruptOne() throws IOException {
        MandateWorkspace demo = DemoModel.create();
        int size;
        try (IndexService index = IndexService.open(folder, demo, false)) {
            assertTrue(index.wasRebuilt());
            size = index.size();
            assertEquals(size, index.changesOnOpen());
        }
        try (IndexService index = IndexService.open(folder, demo, true)) {
            assertFalse(index.wasRebuilt());
            assertEquals(size, index.size());
            assertEquals(0, index.changesOnOpen(), "a reopened index rewrites no unchanged unit");
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] { 1, 2, 3 });
            }
        }
        try (IndexService index = IndexService.open(folder, demo, false)) {
            assertTrue(index.wasRebuilt());
            assertEquals(size, index.size());
            assertFalse(index.search("state:NOR", 10).hits().isEmpty());
        }
    }
}
