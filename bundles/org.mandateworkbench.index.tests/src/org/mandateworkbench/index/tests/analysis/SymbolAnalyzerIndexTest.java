package org.mandateworkbench.index.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.analysis.SymbolAnalyzer;

/** Indexes a few symbols in memory and checks what each kind of query finds. */
class SymbolAnalyzerIndexTest {

    private static final String[] SYMBOLS = {
            "CAC/COSP/EG.1/2019/2",
            "CAC/COSP/EG.1/2019/20",
            "CAC/COSP/EG.1/2019/L.1/Add.3",
            "CAC/COSP/EG.1/ \n2019/4",
            "CAC/COSP/EG.1/2018/2",
            "CAC/COSP/IRG/2019/3",
            "CTOC/COP/WG.3/2015/INF/1/Rev.1",
            "S/RES/2462 (2019)",
            "A/RES/71/208; A/HRC/RES/35/20" };

    private Directory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    @BeforeEach
    void indexSymbols() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SymbolAnalyzer.forIndexing()))) {
            for (String symbol : SYMBOLS) {
                Document document = new Document();
                document.add(new StringField("id", symbol, Field.Store.YES));
                document.add(new TextField(AnalyzedTokens.FIELD, symbol, Field.Store.NO));
                writer.addDocument(document);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void findsExactSymbol() throws IOException {
        assertFinds("CAC/COSP/EG.1/2019/2", "CAC/COSP/EG.1/2019/2");
        assertFinds("CAC/COSP/EG.1/2019/L.1/Add.3", "CAC/COSP/EG.1/2019/L.1/Add.3");
        assertFinds("S/RES/2462 (2019)", "S/RES/2462 (2019)");
        assertFinds("A/HRC/RES/35/20", "A/RES/71/208; A/HRC/RES/35/20");
    }

    @Test
    void findsNormalizedForms() throws IOException {
        assertFinds("cac/cosp/eg.1/ 2019/2", "CAC/COSP/EG.1/2019/2");
        assertFinds("CAC/COSP/EG.1/2019/4", "CAC/COSP/EG.1/ \n2019/4");
        assertFinds("CAC/COSP/EG.1/20-\n19/L.1/ADD.3", "CAC/COSP/EG.1/2019/L.1/Add.3");
        assertFinds("S/RES/2462(2019)", "S/RES/2462 (2019)");
        assertFinds("ctoc/cop/wg.3/2015/inf/1/rev.1", "CTOC/COP/WG.3/2015/INF/1/Rev.1");
    }

    @Test
    void findsEveryDocumentUnderAComponentPrefix() throws IOException {
        assertFinds("CAC/COSP/EG.1/2019", "CAC/COSP/EG.1/2019/2", "CAC/COSP/EG.1/2019/20",
                "CAC/COSP/EG.1/2019/L.1/Add.3", "CAC/COSP/EG.1/ \n2019/4");
        assertFinds("CAC/COSP/EG.1/2019/", "CAC/COSP/EG.1/2019/2", "CAC/COSP/EG.1/2019/20",
                "CAC/COSP/EG.1/2019/L.1/Add.3", "CAC/COSP/EG.1/ \n2019/4");
        assertFinds("CAC/COSP/EG.1/2019/L.1", "CAC/COSP/EG.1/2019/L.1/Add.3");
        assertFinds("S/RES/2462", "S/RES/2462 (2019)");
        assertFinds("CTOC", "CTOC/COP/WG.3/2015/INF/1/Rev.1");
    }

    @Test
    void findsDocumentByTail() throws IOException {
        assertFinds("EG.1/2019/2", "CAC/COSP/EG.1/2019/2");
        assertFinds("cac/cosp/eg.1/2019/2", "CAC/COSP/EG.1/2019/2");
        assertFinds("eg.1/2019/l.1/add.3", "CAC/COSP/EG.1/2019/L.1/Add.3");
        assertFinds("INF/1/Rev.1", "CTOC/COP/WG.3/2015/INF/1/Rev.1");
        assertFinds("IRG/2019/3", "CAC/COSP/IRG/2019/3");
        assertFinds("RES/71/208", "A/RES/71/208; A/HRC/RES/35/20");
    }

    @Test
    void doesNotMatchOtherYearsNumbersOrPartialComponents() throws IOException {
        assertFinds("CAC/COSP/EG.1/2018", "CAC/COSP/EG.1/2018/2");
        assertFinds("EG.1/2019/20", "CAC/COSP/EG.1/2019/20");
        assertFinds("CAC/COSP/EG.1/201");
        assertFinds("CAC/COSP/EG");
        assertFinds("EG.1/2019/3");
        assertFinds("2");
        assertFinds("S/RES/246");
        assertFinds("");
    }

    private void assertFinds(String userText, String... expectedIds) throws IOException {
        Set<String> expected = new TreeSet<>(Set.of(expectedIds));
        assertEquals(expected, search(SymbolAnalyzer.query(AnalyzedTokens.FIELD, userText)), "query " + userText);
        Query built = new QueryBuilder(SymbolAnalyzer.forQueries()).createBooleanQuery(AnalyzedTokens.FIELD, userText);
        if (built != null) {
            assertEquals(expected, search(built), "query analyzer on " + userText);
        } else {
            assertEquals(Set.of(), expected, "query analyzer on " + userText);
        }
    }

    private Set<String> search(Query query) throws IOException {
        Set<String> ids = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }
}
