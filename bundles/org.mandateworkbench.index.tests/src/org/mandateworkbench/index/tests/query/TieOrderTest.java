package org.mandateworkbench.index.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.index.IndexService;
import org.mandateworkbench.index.query.SearchHit;
import org.mandateworkbench.index.query.SearchOrder;
import org.mandateworkbench.index.query.SearchQueryParser;
import org.mandateworkbench.index.query.SearchRequest;
import org.mandateworkbench.index.query.SearchResult;
import org.mandateworkbench.index.query.SearchService;
import org.mandateworkbench.index.schema.IndexFields;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.query.MultilingualTextQuery;

/**
 * Hits with equal scores (the same text) or, by date, equal dates come in the order the search
 * defines, not in the order the units were written: relevance, then newest first (undated last),
 * then the unit id with its numbers compared as numbers; by date, the date, then relevance, then the
 * unit id. The units are added in an order that index order would get wrong.
 */
class TieOrderTest {

    private static final String SAME = "Protect the witnesses.";
    private static final String BETTER = "Witnesses.";

    /** Relevance: the two best (newer first), then the ties by date, the same date by id, undated last. */
    private static final List<String> BY_RELEVANCE = List.of("rec-11", "rec-5", "rec-30", "rec-2", "rec-9", "rec-10",
            "rec-1", "mandate-1");
    /** Date: newest first; on 2019-05-31 the better match first, then by id; undated last. */
    private static final List<String> BY_DATE = List.of("rec-30", "rec-11", "rec-2", "rec-9", "rec-10", "rec-1", "rec-5",
            "mandate-1");

    @TempDir
    static Path folder;
    private static IndexService index;

    @BeforeAll
    static void buildIndex() throws IOException {
        MandateWorkspace workspace = FixtureWorkspace.F.createMandateWorkspace();
        Body body = FixtureWorkspace.body(workspace, "T", "T/WG");
        Meeting in2019 = FixtureWorkspace.meeting(body, "meeting-t-3", 3, LocalDate.of(2019, 5, 31));
        Meeting in2015 = FixtureWorkspace.meeting(body, "meeting-t-1", 1, LocalDate.of(2015, 3, 2));
        Meeting in2021 = FixtureWorkspace.meeting(body, "meeting-t-4", 4, LocalDate.of(2021, 11, 8));
        Meeting in2017 = FixtureWorkspace.meeting(body, "meeting-t-2", 2, LocalDate.of(2017, 6, 8));
        FixtureWorkspace.recommendation(in2019, "rec-10", SAME);
        FixtureWorkspace.recommendation(in2019, "rec-9", SAME);
        FixtureWorkspace.recommendation(in2019, "rec-11", BETTER);
        FixtureWorkspace.recommendation(in2019, "rec-2", SAME);
        FixtureWorkspace.recommendation(in2015, "rec-5", BETTER);
        FixtureWorkspace.recommendation(in2021, "rec-30", SAME);
        FixtureWorkspace.recommendation(in2017, "rec-1", SAME);
        Mandate undated = FixtureWorkspace.F.createMandate();
        undated.setId("mandate-1");
        undated.setTitle(MultilingualTextQuery.of("en", SAME));
        workspace.getMandates().add(0, undated);
        index = IndexService.open(folder.resolve("index"), workspace, false);
    }

    @AfterAll
    static void closeIndex() throws IOException {
        index.close();
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void theFixtureTiesAsIntended() throws IOException {
        List<SearchHit> hits = index.search("witnesses", 20).hits();
        assertEquals(8, hits.size());
        assertEquals(hits.get(0).score(), hits.get(1).score());
        assertTrue(hits.get(1).score() > hits.get(2).score(), hits.toString());
        for (SearchHit tie : hits.subList(3, hits.size())) {
            assertEquals(hits.get(2).score(), tie.score(), tie.id());
        }
    }

    @Test
    void relevanceBreaksTiesNewestFirstThenByUnitId() throws IOException {
        assertEquals(BY_RELEVANCE, ids(index.search("witnesses", 20)));
    }

    @Test
    void dateOrderBreaksTiesByRelevanceThenByUnitId() throws IOException {
        assertEquals(BY_DATE, ids(index.search(SearchRequest.of("witnesses", 20).orderedBy(SearchOrder.DATE))));
    }

    @Test
    void aShortPageIsTheStartOfTheFullOrder() throws IOException {
        assertEquals(BY_RELEVANCE.subList(0, 4), ids(index.search("witnesses", 4)));
        assertEquals(BY_DATE.subList(0, 3), ids(index.search(SearchRequest.of("witnesses", 3).orderedBy(SearchOrder.DATE))));
    }

    @Test
    void aDrillDownKeepsTheOrderOfTheHitsItKeeps() throws IOException {
        SearchResult result = index.search(SearchRequest.of("witnesses", 20).drillDown(IndexFields.TYPE, "recommendation"));
        assertEquals(BY_RELEVANCE.subList(0, BY_RELEVANCE.size() - 1), ids(result));
        assertEquals(7, result.totalHits());
        assertEquals(1, result.count(IndexFields.TYPE, "mandate"), "sideways count of the other kind");
    }

    @Test
    void filtersWithoutScoresListNewestFirstThenByUnitId() throws IOException {
        assertEquals(List.of("rec-2", "rec-9", "rec-10", "rec-11"), ids(index.search("year:2019", 20)));
    }

    @Test
    void searchingWithoutFacetStateOrdersTheSame() throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder.resolve("index"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            SearchService plain = new SearchService(reader, new SearchQueryParser(), null);
            assertEquals(BY_RELEVANCE, ids(plain.search("witnesses", 20)));
            assertEquals(BY_DATE, ids(plain.search(SearchRequest.of("witnesses", 20).orderedBy(SearchOrder.DATE))));
        }
    }
}
