package org.mandateworkbench.index.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.emf.common.util.ECollections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.index.IndexService;
import org.mandateworkbench.index.query.SearchHit;
import org.mandateworkbench.index.query.SearchOrder;
import org.mandateworkbench.index.query.SearchRequest;
import org.mandateworkbench.index.query.SearchResult;
import org.mandateworkbench.index.schema.IndexFields;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Meeting;

/**
 * The same workspace indexed twice, its units written in opposite orders (and, being more than a
 * rebuild chunk, on two threads), gives the same ranked hits for queries whose hits tie: the order
 * does not depend on Lucene's document numbers.
 */
class RebuildTieStabilityTest {

    private static final int MEETINGS = 6;
    private static final int PER_MEETING = 200;
    private static final String[] WORDS = { "witness", "protection", "asset", "recovery", "extradition", "training" };
    private static final List<String> QUERIES = List.of("witness", "asset recovery", "protection OR training",
            "year:2019", "type:recommendation", "extradition NOT witness");

    @TempDir
    Path folder;

    /** Recommendations of few words from a small vocabulary (so many texts are equal); two meetings share a date. */
    private static MandateWorkspace workspace(boolean reversed) {
        MandateWorkspace workspace = FixtureWorkspace.F.createMandateWorkspace();
        Body body = FixtureWorkspace.body(workspace, "S", "S/WG");
        Random random = new Random(7);
        for (int m = 0; m < MEETINGS; m++) {
            Meeting meeting = FixtureWorkspace.meeting(body, "meeting-s-" + m, m + 1,
                    LocalDate.of(2016 + Math.min(m, MEETINGS - 2), 4, 1));
            for (int r = 0; r < PER_MEETING; r++) {
                StringBuilder text = new StringBuilder();
                for (int w = 1 + random.nextInt(3); w > 0; w--) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                FixtureWorkspace.recommendation(meeting, "rec-s" + m + "-" + r, text.toString().strip());
            }
            if (reversed) {
                ECollections.reverse(meeting.getRecommendations());
            }
        }
        if (reversed) {
            ECollections.reverse(body.getMeetings());
        }
        return workspace;
    }

    /** Per query and order, the ranked ids, the total and the kind counts. */
    private static List<String> rankings(IndexService index, boolean expectTies) throws IOException {
        List<String> rankings = new ArrayList<>();
        for (String query : QUERIES) {
            for (SearchOrder order : SearchOrder.values()) {
                SearchResult result = index.search(SearchRequest.of(query, 40).orderedBy(order));
                List<SearchHit> hits = result.hits();
                assertTrue(hits.size() > 10, query);
                if (expectTies) {
                    assertTrue(hasTie(hits), query + ": the hits must tie for this test to mean anything");
                }
                rankings.add(query + " " + order + " " + result.totalHits() + " " + result.facet(IndexFields.YEAR) + " "
                        + hits.stream().map(SearchHit::id).toList());
            }
        }
        return rankings;
    }

    private static boolean hasTie(List<SearchHit> hits) {
        for (int i = 1; i < hits.size(); i++) {
            if (hits.get(i).score() == hits.get(i - 1).score() && hits.get(i).date().equals(hits.get(i - 1).date())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> idsInIndexOrder(Path index) throws IOException {
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            StoredFields stored = reader.storedFields();
            List<String> ids = new ArrayList<>();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                ids.add(stored.document(doc).get(IndexFields.ID));
            }
            return ids;
        }
    }

    @Test
    void unitsWrittenInAnotherOrderRankTheSame() throws IOException {
        Path forward = folder.resolve("forward");
        Path backward = folder.resolve("backward");
        List<String> forwardRankings;
        List<String> backwardRankings;
        try (IndexService index = IndexService.rebuild(forward, workspace(false))) {
            assertEquals(MEETINGS * PER_MEETING, index.size());
            forwardRankings = rankings(index, true);
        }
        try (IndexService index = IndexService.rebuild(backward, workspace(true))) {
            backwardRankings = rankings(index, false);
        }
        assertNotEquals(idsInIndexOrder(forward), idsInIndexOrder(backward), "the two indexes number the units alike");
        assertEquals(forwardRankings.size(), backwardRankings.size());
        for (int i = 0; i < forwardRankings.size(); i++) {
            assertEquals(forwardRankings.get(i), backwardRankings.get(i));
        }
    }
}
