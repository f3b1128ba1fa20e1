package org.mandateworkbench.index.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.analysis.SymbolAnalyzer;

class SymbolAnalyzerTest {

    private final SymbolAnalyzer indexing = SymbolAnalyzer.forIndexing();
    private final SymbolAnalyzer querying = SymbolAnalyzer.forQueries();

    @Test
    void indexesSymbolWithPrefixesAndTailsAtOnePosition() {
        assertEquals(List.of(
                "CAC/COSP/EG.1/2019/2 <SYMBOL> +1 0-20",
                "CAC <SYMBOL_PREFIX> +0 0-20",
                "CAC/COSP <SYMBOL_PREFIX> +0 0-20",
                "CAC/COSP/EG.1 <SYMBOL_PREFIX> +0 0-20",
                "CAC/COSP/EG.1/2019 <SYMBOL_PREFIX> +0 0-20",
                "COSP/EG.1/2019/2 <SYMBOL_TAIL> +0 0-20",
                "EG.1/2019/2 <SYMBOL_TAIL> +0 0-20",
                "2019/2 <SYMBOL_TAIL> +0 0-20"),
                AnalyzedTokens.describe(indexing, "CAC/COSP/EG.1/2019/2"));
    }

    @Test
    void normalizesCaseAndLineBreakDebrisBeforeExpanding() {
        String text = "cac/cosp/eg.1/ \n2019/l.1/add.3";
        assertEquals(List.of(
                "CAC/COSP/EG.1/2019/L.1/ADD.3 <SYMBOL> +1 0-30",
                "CAC <SYMBOL_PREFIX> +0 0-30",
                "CAC/COSP <SYMBOL_PREFIX> +0 0-30",
                "CAC/COSP/EG.1 <SYMBOL_PREFIX> +0 0-30",
                "CAC/COSP/EG.1/2019 <SYMBOL_PREFIX> +0 0-30",
                "CAC/COSP/EG.1/2019/L.1 <SYMBOL_PREFIX> +0 0-30",
                "COSP/EG.1/2019/L.1/ADD.3 <SYMBOL_TAIL> +0 0-30",
                "EG.1/2019/L.1/ADD.3 <SYMBOL_TAIL> +0 0-30",
                "2019/L.1/ADD.3 <SYMBOL_TAIL> +0 0-30",
                "L.1/ADD.3 <SYMBOL_TAIL> +0 0-30"),
                AnalyzedTokens.describe(indexing, text));
    }

    @Test
    void keepsParentheticalYearWithTheNumber() {
        assertEquals(List.of("S/RES/2462(2019)", "S", "S/RES", "S/RES/2462", "RES/2462(2019)"),
                AnalyzedTokens.terms(indexing, "S/RES/2462 (2019)"));
    }

    @Test
    void splitsSeveralSymbolsInOneValue() {
        List<String> tokens = AnalyzedTokens.describe(querying,
                "A/RES/71/208; E/CN.7/2008/CRP.13\u3001CAC/COSP/2017/14\uff0cS/25704");
        assertEquals(List.of(
                "A/RES/71/208 word +1 0-12",
                "E/CN.7/2008/CRP.13 word +1 14-32",
                "CAC/COSP/2017/14 word +1 33-49",
                "S/25704 word +1 50-57"), tokens);
    }

    @Test
    void queryAnalyzerEmitsOneNormalizedTerm() {
        assertEquals(List.of("CAC/COSP/EG.1/2019/2"), AnalyzedTokens.terms(querying, "cac/cosp/eg.1/ 2019/2"));
        assertEquals(List.of("EG.1/2019/2"), AnalyzedTokens.terms(querying, "eg.1/2019/2"));
        assertEquals(List.of("CAC/COSP/EG.1/2019"), AnalyzedTokens.terms(querying, "CAC/COSP/EG.1/2019/"));
        assertTrue(indexing.expandsComponents());
        assertFalse(querying.expandsComponents());
    }

    @Test
    void normalizeMirrorsTheTokenChain() {
        assertEquals(new BytesRef("EG.1/2019/2"), indexing.normalize(AnalyzedTokens.FIELD, " eg.1/2019/2 "));
        assertEquals(new BytesRef("CAC/COSP/EG.1/2019"), querying.normalize(AnalyzedTokens.FIELD, "/cac/cosp/eg.1/2019/"));
        assertEquals(new BytesRef("CAC/COSP/2017/14/ADD.1"), indexing.normalize(AnalyzedTokens.FIELD, "CAC/COSP/2017/14/Add.01"));
        assertEquals(new BytesRef("S/RES/2462(2019)"), indexing.normalize(AnalyzedTokens.FIELD, "S/RES/2462 (2019)"));
        for (String text : List.of("CTOC/COP/WG.3/2015/INF/1/Rev.1", "cac/cosp/irg/2019/3", "A/HRC/RES/35/20")) {
            BytesRef normalized = indexing.normalize(AnalyzedTokens.FIELD, text);
            assertEquals(AnalyzedTokens.terms(querying, text), List.of(normalized.utf8ToString()), text);
        }
    }

    @Test
    void emitsNothingForBlankSeparatorsOrSlashes() {
        assertEquals(List.of(), AnalyzedTokens.terms(indexing, ""));
        assertEquals(List.of(), AnalyzedTokens.terms(indexing, "  ;  ,\n "));
        assertEquals(List.of(), AnalyzedTokens.terms(indexing, "/"));
        assertEquals(List.of(), AnalyzedTokens.terms(querying, "//"));
    }

    @Test
    void skipsChunksTooLongToBeSymbols() {
        String tooLong = "A/" + "1".repeat(300);
        assertEquals(List.of("A/RES/71/208"), AnalyzedTokens.terms(querying, tooLong + ";A/RES/71/208"));
    }

    @Test
    void singleComponentsGetNoTailAndShortSymbolsNoDuplicates() {
        assertEquals(List.of("CAC"), AnalyzedTokens.terms(indexing, "cac"));
        assertEquals(List.of("S/25704", "S"), AnalyzedTokens.terms(indexing, "S/25704"));
        assertEquals(List.of("A/A/A", "A", "A/A"), AnalyzedTokens.terms(indexing, "A/A/A"));
    }

    @Test
    void buildsTermQueriesForUserText() {
        assertEquals(new TermQuery(new Term("f", "EG.1/2019/2")), SymbolAnalyzer.query("f", "eg.1/2019/2"));
        assertInstanceOf(MatchNoDocsQuery.class, SymbolAnalyzer.query("f", "  "));
        assertInstanceOf(MatchNoDocsQuery.class, SymbolAnalyzer.query("f", null));
    }
}
