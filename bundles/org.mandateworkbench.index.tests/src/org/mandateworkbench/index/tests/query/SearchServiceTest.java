package org.mandateworkbench.index.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.index.IndexService;
import org.mandateworkbench.index.query.SearchHit;
import org.mandateworkbench.index.query.SearchResult;
import org.mandateworkbench.index.schema.IndexFields;

class SearchServiceTest {

    @TempDir
    static Path folder;
    private static IndexService index;

    @BeforeAll
    static void buildIndex() throws IOException {
        index = IndexService.open(folder.resolve("index"), FixtureWorkspace.create(), false);
    }

    @AfterAll
    static void closeIndex() throws IOException {
        index.close();
    }

    private static Set<String> ids(String query) throws IOException {
        SearchResult result = index.search(query, 100);
        assertTrue(result.parse().isValid(), query + ": " + result.parse().hint());
        return result.hits().stream().map(SearchHit::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void findsIrregularPluralsBySingular() throws IOException {
        assertEquals(Set.of("rec-1a"), ids("woman"));
        assertEquals(Set.of("rec-1a"), ids("child"));
        assertEquals(Set.of("rec-1b"), ids("datum"));
        assertEquals(Set.of("rec-2a"), ids("criterion analyses"));
    }

    @Test
    void findsChineseWordsInChineseText() throws IOException {
        assertEquals(Set.of("rec-2b", "response-KOR#refusal"), ids("双重犯罪"));
        assertEquals(Set.of("rec-1a"), ids("妇女"));
        assertTrue(ids("犯罪双重").isEmpty(), "bigrams must follow each other");
    }

    @Test
    void findsAHanCharacterTypedAloneInsideWords() throws IOException {
        // 罪 stands only inside 犯罪而 and 犯罪时; the bigrams 罪而 and 罪时 start with it.
        assertEquals(Set.of("rec-2b", "response-KOR#refusal"), ids("罪"));
        assertEquals(Set.of("response-KOR#refusal"), ids("罪 予以"));
        SearchHit hit = index.search("罪", 10).hits().get(0);
        assertTrue(hit.snippet().contains("<b>罪"), hit.snippet());
    }

    @Test
    void highlightsAChineseWordWhole() throws IOException {
        SearchResult result = index.search("text_zh:双重犯罪", 10);
        assertFalse(result.hits().isEmpty());
        for (SearchHit hit : result.hits()) {
            assertTrue(hit.snippet().contains("<b>双重犯罪</b>"), hit.snippet());
        }
    }

    @Test
    void findsLanguageVersionsThatCarryText() throws IOException {
        assertEquals(Set.of("Y/WG/2020/3@zh"), ids("引渡条约"));
        assertEquals(Set.of("Y/WG/2020/3@zh"), ids("lang:zh type:document-text"));
        assertEquals(Set.of("Y/WG/2020/3@zh"), ids("symbol:Y/WG year:2020"));
        assertTrue(ids("lang:en type:document-text").isEmpty());
    }

    @Test
    void highlightsEnglishMatches() throws IOException {
        SearchHit hit = index.search("women", 10).hits().get(0);
        assertTrue(hit.snippet().contains("<b>women</b>"), hit.snippet());
    }

    @Test
    void findsTheSamePassagesForEveryNameOfAState() throws IOException {
        Set<String> expected = Set.of("nv-1", "response-KOR#refusal");
        for (String state : List.of("Korea", "\"Republic of Korea\"", "大韩民国", "KOR", "kr")) {
            assertEquals(expected, ids("state:" + state), state);
        }
        assertEquals(Set.of("response-NOR#refusal"), ids("state:Norway"));
    }

    @Test
    void findsSymbolsByPrefixAndWholeSymbol() throws IOException {
        assertEquals(Set.of("rec-2a", "rec-2b", "mandate-1"), ids("symbol:X/EG/2019"));
        assertEquals(Set.of("rec-1a", "rec-1b", "rec-2a", "rec-2b", "mandate-1"), ids("symbol:X/EG"));
        assertEquals(Set.of("rec-1a", "rec-1b"), ids("symbol:x/eg/2017/4"));
        assertTrue(ids("symbol:X/EG/2017/40").isEmpty());
    }

    @Test
    void filtersByYearAndDateRanges() throws IOException {
        assertEquals(Set.of("rec-1a", "rec-1b"), ids("year:2017"));
        assertEquals(Set.of("rec-1a", "rec-1b"), ids("year:[2016 TO 2018]"));
        assertEquals(Set.of("response-KOR#refusal", "response-NOR#refusal"), ids("date:[2019-09-01 TO 2019-12-31]"));
        assertEquals(Set.of("response-KOR#refusal"), ids("date:2019-09-02"));
        assertEquals(Set.of("rec-1a", "rec-1b"), ids("date:[* TO 2018-12-31]"));
        assertEquals(Set.of("rec-1a", "rec-1b"), ids("date:2017"));
    }

    @Test
    void findsTheUnitsDatedOnADayOrInAMonthTypedAsAWord() throws IOException {
        assertEquals(Set.of("nv-1"), ids("2019年7月1日"));
        assertEquals(Set.of("nv-1"), ids("2019-07-01"));
        assertEquals(Set.of("response-KOR#refusal"), ids("2019年9月2号"));
        assertEquals(Set.of("response-KOR#refusal", "response-NOR#refusal"), ids("2019年9月"));
        assertEquals(Set.of("response-KOR#refusal", "response-NOR#refusal"), ids("2019-09"));
        // The other words still apply.
        assertEquals(Set.of("response-KOR#refusal"), ids("2019年9月 双重犯罪"));
        // No such day, or a quoted date: only the text is searched.
        assertTrue(ids("2019年2月30日").isEmpty());
        assertTrue(ids("2019-13-01").isEmpty());
        assertTrue(ids("\"2019年7月1日\"").isEmpty());
    }

    @Test
    void combinesBooleanOperators() throws IOException {
        assertEquals(Set.of("rec-1b", "rec-2a"), ids("secretariat AND refusal"));
        assertEquals(Set.of("rec-1a", "rec-1b"), ids("women OR datum"));
        assertEquals(Set.of("rec-1a"), ids("+states -refuse women"));
        assertEquals(Set.of("mandate-1", "rec-1b"), ids("addressee:secretariat NOT (criteria OR year:2019)"));
        assertEquals(Set.of("rec-2b"), ids("\"dual criminality\" type:recommendation"));
        assertEquals(Set.of("mandate-1"), ids("status:inprogress type:mandate"));
        assertTrue(ids("NOT refusal").contains("rec-1a"));
        assertFalse(ids("NOT refusal").contains("rec-2a"));
    }

    @Test
    void countsFacetsOverAllHits() throws IOException {
        SearchResult result = index.search("refusal OR refuse OR 拒绝", 1);
        assertEquals(1, result.hits().size());
        assertEquals(result.totalHits(), result.facet(IndexFields.TYPE).stream().mapToInt(f -> f.count()).sum());
        assertEquals(2, result.count(IndexFields.TYPE, "state-response-topic"));
        assertEquals(2, result.count(IndexFields.STATE, "KOR"));
        assertEquals(1, result.count(IndexFields.STATE, "NOR"));
        assertEquals(1, result.count(IndexFields.YEAR, "2017"));
        assertEquals(4, result.count(IndexFields.STATUS, "inprogress"));
        assertTrue(result.count(IndexFields.LANG, "zh") >= 5, result.facet(IndexFields.LANG).toString());
    }

    @Test
    void reportsSyntaxErrorsAsResults() throws IOException {
        SearchResult result = index.search("women AND (children", 10);
        assertFalse(result.parse().isValid());
        assertTrue(result.hits().isEmpty());
        assertFalse(result.parse().hint().isBlank());
    }
}
