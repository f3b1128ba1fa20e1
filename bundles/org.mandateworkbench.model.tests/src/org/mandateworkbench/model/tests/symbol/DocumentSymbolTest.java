package org.mandateworkbench.model.tests.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mandateworkbench.model.symbol.DocumentSymbol;
import org.mandateworkbench.model.symbol.SymbolComponent;
import org.mandateworkbench.model.symbol.SymbolParseResult;
import org.mandateworkbench.model.symbol.SymbolProblem;
import org.mandateworkbench.model.symbol.SymbolSuffix;

class DocumentSymbolTest {

    /** Expected reading of one real symbol; "-" stands for "absent". */
    private record Golden(String symbol, String body, String yearOrSession, String specials, String number,
            String suffixes) {
    }

    private static final List<Golden> GOLDEN = List.of(
            new Golden("CAC/COSP/EG.1/2019/L.1/Add.3", "CAC/COSP/EG.1", "2019", "L.1", "-", "Add.3"),
            new Golden("CAC/COSP/EG.1/2019/L.1/Add.1", "CAC/COSP/EG.1", "2019", "L.1", "-", "Add.1"),
            new Golden("CAC/COSP/EG.1/2019/L.1", "CAC/COSP/EG.1", "2019", "L.1", "-", "-"),
            new Golden("CAC/COSP/EG.1/2019/2", "CAC/COSP/EG.1", "2019", "-", "2", "-"),
            new Golden("CTOC/COP/WG.3/2015/INF/1/Rev.1", "CTOC/COP/WG.3", "2015", "INF", "1", "Rev.1"),
            new Golden("CAC/COSP/IRG/2019/3", "CAC/COSP/IRG", "2019", "-", "3", "-"),
            new Golden("A/RES/71/208", "A/RES", "71", "-", "208", "-"),
            new Golden("E/CN.7/2008/CRP.13", "E/CN.7", "2008", "CRP.13", "-", "-"),
            new Golden("CAC/COSP/WG.2/2017/2", "CAC/COSP/WG.2", "2017", "-", "2", "-"),
            new Golden("CAC/COSP/2017/14", "CAC/COSP", "2017", "-", "14", "-"),
            new Golden("A/HRC/RES/35/20", "A/HRC/RES", "35", "-", "20", "-"),
            new Golden("S/RES/2462 (2019)", "S/RES", "-", "-", "2462", "-"),
            new Golden("CAC/COSP/2017/8", "CAC/COSP", "2017", "-", "8", "-"),
            new Golden("CAC/COSP/WG.2/2019/2", "CAC/COSP/WG.2", "2019", "-", "2", "-"),
            new Golden("CAC/COSP/WG.2/2016/2", "CAC/COSP/WG.2", "2016", "-", "2", "-"),
            new Golden("CAC/COSP/EG.1/2017/CRP.1", "CAC/COSP/EG.1", "2017", "CRP.1", "-", "-"),
            new Golden("CAC/COSP/EG.1/2016/2", "CAC/COSP/EG.1", "2016", "-", "2", "-"),
            new Golden("CAC/COSP/EG.1/2014/3", "CAC/COSP/EG.1", "2014", "-", "3", "-"),
            new Golden("CTOC/COP/WG.3/2015/3", "CTOC/COP/WG.3", "2015", "-", "3", "-"),
            new Golden("CTOC/COP/WG.3/2015/2", "CTOC/COP/WG.3", "2015", "-", "2", "-"),
            new Golden("CTOC/COP/WG.3/2015/1", "CTOC/COP/WG.3", "2015", "-", "1", "-"),
            new Golden("CTOC/COP/2008/CRP.5", "CTOC/COP", "2008", "CRP.5", "-", "-"),
            new Golden("CAC/COSP/WG.2/2018/CRP.2", "CAC/COSP/WG.2", "2018", "CRP.2", "-", "-"),
            new Golden("CAC/COSP/WG.2/2018/1", "CAC/COSP/WG.2", "2018", "-", "1", "-"),
            new Golden("CAC/COSP/WG.2/2017/4", "CAC/COSP/WG.2", "2017", "-", "4", "-"),
            new Golden("CAC/COSP/EG.1/2018/4", "CAC/COSP/EG.1", "2018", "-", "4", "-"),
            new Golden("CAC/COSP/EG.1/2018/1", "CAC/COSP/EG.1", "2018", "-", "1", "-"),
            new Golden("CAC/COSP/EG.1/2015/3", "CAC/COSP/EG.1", "2015", "-", "3", "-"),
            new Golden("CAC/COSP/2017/10", "CAC/COSP", "2017", "-", "10", "-"),
            new Golden("CAC/COSP/2017/12", "CAC/COSP", "2017", "-", "12", "-"),
            new Golden("CAC/COSP/2017/7", "CAC/COSP", "2017", "-", "7", "-"),
            new Golden("CAC/COSP/2017/3", "CAC/COSP", "2017", "-", "3", "-"),
            new Golden("A/74/150", "A", "74", "-", "150", "-"),
            new Golden("S/2019/123", "S", "2019", "-", "123", "-"),
            new Golden("A/C.3/74/L.5", "A/C.3", "74", "L.5", "-", "-"),
            new Golden("A/HRC/35/L.1/Rev.1", "A/HRC", "35", "L.1", "-", "Rev.1"),
            new Golden("E/CN.7/2019/L.2/Add.1", "E/CN.7", "2019", "L.2", "-", "Add.1"),
            new Golden("A/ES-10/L.22", "A", "ES-10", "L.22", "-", "-"),
            new Golden("A/RES/ES-10/19", "A/RES", "ES-10", "-", "19", "-"),
            new Golden("A/HRC/S-28/1", "A/HRC", "S-28", "-", "1", "-"),
            new Golden("ECE/TRANS/WP.29/2019/1", "ECE/TRANS/WP.29", "2019", "-", "1", "-"),
            new Golden("A/CONF.62/WP.10/Add.1", "A/CONF.62", "-", "WP.10", "-", "Add.1"),
            new Golden("CTOC/COP/2020/Misc.1", "CTOC/COP", "2020", "Misc.1", "-", "-"),
            new Golden("E/2019/15/Add.1/Corr.1", "E", "2019", "-", "15", "Add.1,Corr.1"),
            new Golden("CAC/COSP/IRG/2016/CRP.3/Rev.1/Add.2", "CAC/COSP/IRG", "2016", "CRP.3", "-", "Rev.1,Add.2"),
            new Golden("S/PV.8000", "S", "-", "PV.8000", "-", "-"),
            new Golden("E/CN.15/2019/R.1", "E/CN.15", "2019", "R.1", "-", "-"),
            new Golden("S/25704", "S", "-", "-", "25704", "-"),
            new Golden("CAC/COSP/2009/15", "CAC/COSP", "2009", "-", "15", "-"),
            new Golden("A/C.3/L.5", "A/C.3", "-", "L.5", "-", "-"));

    @TestFactory
    Stream<DynamicTest> parsesRealSymbolsIntoTheirComponents() {
        return GOLDEN.stream().map(golden -> DynamicTest.dynamicTest(golden.symbol(), () -> {
            DocumentSymbol symbol = DocumentSymbol.parse(golden.symbol());
            assertEquals(golden.symbol(), symbol.toString());
            assertEquals(golden.body(), symbol.bodyPrefix());
            assertEquals(optional(golden.yearOrSession()), symbol.yearOrSession());
            assertEquals(list(golden.specials()), symbol.specials());
            assertEquals(optional(golden.number()), symbol.documentNumber());
            assertEquals(list(golden.suffixes()), symbol.suffixes().stream().map(SymbolSuffix::toString).toList());
        }));
    }

    @TestFactory
    Stream<DynamicTest> roundTripsCanonicalTextAndNormalizedKey() {
        return GOLDEN.stream().map(golden -> DynamicTest.dynamicTest(golden.symbol(), () -> {
            DocumentSymbol symbol = DocumentSymbol.parse(golden.symbol());
            DocumentSymbol again = DocumentSymbol.parse(symbol.toString());
            assertEquals(symbol, again);
            assertEquals(symbol.toString(), again.toString());
            assertEquals(symbol, DocumentSymbol.parse(symbol.normalizedKey()));
            assertEquals(symbol.normalizedKey(), DocumentSymbol.normalizeText(golden.symbol()));
        }));
    }

    @Test
    void classifiesComponentKinds() {
        List<SymbolComponent.Kind> kinds = DocumentSymbol.parse("CTOC/COP/WG.3/2015/INF/1/Rev.1").components().stream()
                .map(SymbolComponent::kind).toList();
        assertEquals(List.of(SymbolComponent.Kind.SERIES, SymbolComponent.Kind.SERIES, SymbolComponent.Kind.SERIES,
                SymbolComponent.Kind.YEAR, SymbolComponent.Kind.SPECIAL, SymbolComponent.Kind.NUMBER,
                SymbolComponent.Kind.SUFFIX), kinds);
        assertEquals(SymbolComponent.Kind.SESSION,
                DocumentSymbol.parse("A/RES/71/208").components().get(2).kind());
    }

    @Test
    void readsYearsFromComponentOrParentheses() {
        assertEquals(OptionalInt.of(2019), DocumentSymbol.parse("CAC/COSP/IRG/2019/3").year());
        assertEquals(OptionalInt.of(2019), DocumentSymbol.parse("S/RES/2462 (2019)").year());
        assertEquals(OptionalInt.of(2019), DocumentSymbol.parse("S/RES/2462 (2019)").parentheticalYear());
        assertEquals(OptionalInt.empty(), DocumentSymbol.parse("A/RES/71/208").year());
    }

    @Test
    void normalizesCaseSpacesAndLineBreakDebris() {
        assertSame("CAC/COSP/EG.1/2019/L.1/Add.3", "cac/cosp/eg.1/2019/l.1/add.3");
        assertSame("CAC/COSP/EG.1/2019/L.1", "CAC/COSP/EG.1/ 2019/L.1");
        assertSame("CAC/COSP/EG.1/2019/L.1", "CAC/COSP/EG.1/ \n\n2019/L.1");
        assertSame("CAC/COSP/EG.1/2019/L.1", "CAC/COSP/EG.1/20-\n19/L.1");
        assertSame("CAC/COSP/2017/14", "  CAC / COSP / 2017 / 14  ");
        assertSame("CAC/COSP/2017/14", "\uFF23\uFF21\uFF23\uFF0F\uFF23\uFF2F\uFF33\uFF30\uFF0F\uFF12\uFF10\uFF11\uFF17\uFF0F\uFF11\uFF14");
        assertSame("CAC/COSP/2017/8", "http://undocs.org/CAC/COSP/2017/8");
        assertSame("CAC/COSP/2017/8", "HTTPS://undocs.org/cac/cosp/2017/8");
        assertSame("S/RES/2462 (2019)", "S/RES/2462(2019)");
        assertSame("CAC/COSP/2017/14/Add.1", "CAC/COSP/2017/14/Add. 1");
        assertSame("CTOC/COP/2020/Misc.1", "ctoc/cop/2020/MISC.1");
        assertEquals("CAC/COSP/2017/14/Add.1", DocumentSymbol.parse("CAC/COSP/2017/14/ADD.01").toString());
        assertEquals("CAC/COSP/EG.1/2019/L.1/ADD.3", DocumentSymbol.parse("cac/cosp/eg.1/2019/l.1/add.3").normalizedKey());
        assertEquals("S/RES/2462(2019)", DocumentSymbol.parse("S/RES/2462 (2019)").normalizedKey());
    }

    private static void assertSame(String canonical, String variant) {
        DocumentSymbol expected = DocumentSymbol.parse(canonical);
        DocumentSymbol actual = DocumentSymbol.parse(variant);
        assertEquals(expected, actual, variant);
        assertEquals(expected.hashCode(), actual.hashCode(), variant);
        assertEquals(0, expected.compareTo(actual), variant);
        assertEquals(canonical, actual.toString(), variant);
        assertEquals(expected.normalizedKey(), DocumentSymbol.normalizeText(variant), variant);
    }

    @Test
    void distinguishesDifferentSymbols() {
        assertNotEquals(DocumentSymbol.parse("CAC/COSP/EG.1/2019/2"), DocumentSymbol.parse("CAC/COSP/EG.1/2019/20"));
        assertNotEquals(DocumentSymbol.parse("CAC/COSP/2017/14"), DocumentSymbol.parse("CAC/COSP/2017/14/Add.1"));
        assertNotEquals(DocumentSymbol.parse("CAC/COSP/2017/14"), "CAC/COSP/2017/14");
    }

    /** Malformed input, the expected kind and 0-based position. */
    private record Malformed(String input, SymbolProblem.Kind kind, int position) {
    }

    private static final List<Malformed> MALFORMED = List.of(
            new Malformed("", SymbolProblem.Kind.EMPTY, 0),
            new Malformed("  \n ", SymbolProblem.Kind.EMPTY, 0),
            new Malformed("http://undocs.org/", SymbolProblem.Kind.EMPTY, 0),
            new Malformed("CAC/COSP/2017/", SymbolProblem.Kind.TRAILING_SLASH, 13),
            new Malformed("CAC/COSP/2017/ ", SymbolProblem.Kind.TRAILING_SLASH, 13),
            new Malformed("CAC//COSP/2017/1", SymbolProblem.Kind.EMPTY_COMPONENT, 4),
            new Malformed("/CAC/COSP/2017/1", SymbolProblem.Kind.EMPTY_COMPONENT, 0),
            new Malformed("asdf;lkj", SymbolProblem.Kind.INVALID_CHARACTER, 4),
            new Malformed("CAC/COSP/2017/14\u53F7", SymbolProblem.Kind.INVALID_CHARACTER, 16),
            new Malformed("qwerty uiop", SymbolProblem.Kind.UNEXPECTED_SPACE, 6),
            new Malformed("CAC/CO SP/2017/1", SymbolProblem.Kind.UNEXPECTED_SPACE, 6),
            new Malformed("hello", SymbolProblem.Kind.MISSING_DOCUMENT_NUMBER, 5),
            new Malformed("A/HRC", SymbolProblem.Kind.MISSING_DOCUMENT_NUMBER, 5),
            new Malformed("A/ES-10", SymbolProblem.Kind.MISSING_DOCUMENT_NUMBER, 7),
            new Malformed("A/HRC/Add.1", SymbolProblem.Kind.MISSING_DOCUMENT_NUMBER, 6),
            new Malformed("CAC/COSP/2017/INF", SymbolProblem.Kind.MISSING_DOCUMENT_NUMBER, 17),
            new Malformed("CAC/COSP/2017/14/Add.", SymbolProblem.Kind.MISSING_SUFFIX_NUMBER, 21),
            new Malformed("CAC/COSP/2017/14/Add", SymbolProblem.Kind.MISSING_SUFFIX_NUMBER, 20),
            new Malformed("CAC/COSP/2017/14/Rev.x", SymbolProblem.Kind.MISSING_SUFFIX_NUMBER, 21),
            new Malformed("71/208", SymbolProblem.Kind.INVALID_SERIES, 0),
            new Malformed("cac/1cosp/2017/1", SymbolProblem.Kind.INVALID_SERIES, 4),
            new Malformed("CAC/COSP/2017/14/FOO", SymbolProblem.Kind.UNEXPECTED_COMPONENT, 17),
            new Malformed("CAC/COSP/2017/14/2", SymbolProblem.Kind.UNEXPECTED_COMPONENT, 17),
            new Malformed("CAC/COSP/2017/EG.1/2", SymbolProblem.Kind.UNEXPECTED_COMPONENT, 14),
            new Malformed("S/RES/2462 (19)", SymbolProblem.Kind.INVALID_PARENTHESIS, 11),
            new Malformed("S/RES(2019)/2462", SymbolProblem.Kind.INVALID_PARENTHESIS, 5),
            new Malformed("CAC/COSP/2017/1234567", SymbolProblem.Kind.NUMBER_TOO_LONG, 14));

    @TestFactory
    Stream<DynamicTest> reportsMalformedSymbolsWithKindPositionAndMessage() {
        return MALFORMED.stream().map(bad -> DynamicTest.dynamicTest("[" + bad.input().replace("\n", "\\n") + "]", () -> {
            SymbolParseResult result = DocumentSymbol.parseResult(bad.input());
            assertFalse(result.isValid());
            assertTrue(result.symbol().isEmpty());
            SymbolProblem problem = result.problem().orElseThrow();
            assertEquals(bad.kind(), problem.kind());
            assertEquals(bad.position(), problem.position());
            assertTrue(problem.message().contains(String.valueOf(bad.position() + 1))
                    || bad.kind() == SymbolProblem.Kind.EMPTY, problem.message());
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                    () -> DocumentSymbol.parse(bad.input()));
            assertEquals(problem.message(), thrown.getMessage());
            assertEquals(Optional.empty(), DocumentSymbol.tryParse(bad.input()));
        }));
    }

    @Test
    void treatsNullAsEmpty() {
        assertEquals(SymbolProblem.Kind.EMPTY, DocumentSymbol.parseResult(null).problem().orElseThrow().kind());
        assertEquals("", DocumentSymbol.normalizeText(null));
    }

    @Test
    void messagesNameWhatWasExpected() {
        String message = DocumentSymbol.parseResult("CAC/COSP/2017/14/Add.").problem().orElseThrow().message();
        assertTrue(message.contains("Add."), message);
        String invalid = DocumentSymbol.parseResult("asdf;lkj").problem().orElseThrow().message();
        assertTrue(invalid.contains(";"), invalid);
    }

    @Test
    void buildsBaseSymbolWithoutSuffixes() {
        assertEquals(DocumentSymbol.parse("CAC/COSP/EG.1/2019/L.1"),
                DocumentSymbol.parse("CAC/COSP/EG.1/2019/L.1/Add.3").baseSymbol());
        assertEquals(DocumentSymbol.parse("CAC/COSP/IRG/2016/CRP.3"),
                DocumentSymbol.parse("CAC/COSP/IRG/2016/CRP.3/Rev.1/Add.2").baseSymbol());
        DocumentSymbol plain = DocumentSymbol.parse("A/RES/71/208");
        assertEquals(plain, plain.baseSymbol());
    }

    @Test
    void recognizesRevisionsAndTheirNumbers() {
        DocumentSymbol revision = DocumentSymbol.parse("CTOC/COP/WG.3/2015/INF/1/Rev.1");
        assertTrue(revision.isRevision());
        assertEquals(OptionalInt.of(1), revision.revisionNumber());
        assertEquals(Optional.of(DocumentSymbol.parse("CTOC/COP/WG.3/2015/INF/1")), revision.revisedSymbol());
        DocumentSymbol addendumToRevision = DocumentSymbol.parse("CAC/COSP/IRG/2016/CRP.3/Rev.1/Add.2");
        assertFalse(addendumToRevision.isRevision());
        assertEquals(OptionalInt.of(1), addendumToRevision.revisionNumber());
        assertFalse(DocumentSymbol.parse("CAC/COSP/2017/14").isRevision());
        assertEquals(OptionalInt.empty(), DocumentSymbol.parse("CAC/COSP/2017/14/Add.1").revisionNumber());
    }

    @Test
    void revisionSupersedesSameDocumentWithLowerOrNoRevision() {
        DocumentSymbol original = DocumentSymbol.parse("A/HRC/35/L.1");
        DocumentSymbol rev1 = DocumentSymbol.parse("A/HRC/35/L.1/Rev.1");
        DocumentSymbol rev2 = DocumentSymbol.parse("A/HRC/35/L.1/Rev.2");
        assertTrue(rev1.supersedes(original));
        assertTrue(rev2.supersedes(original));
        assertTrue(rev2.supersedes(rev1));
        assertFalse(rev1.supersedes(rev2));
        assertFalse(rev1.supersedes(rev1));
        assertFalse(original.supersedes(rev1));
        assertFalse(rev2.supersedes(DocumentSymbol.parse("A/HRC/35/L.1/Add.1")));
        assertFalse(rev2.supersedes(DocumentSymbol.parse("A/HRC/35/L.2")));
        assertFalse(rev2.supersedes(null));
        assertTrue(DocumentSymbol.parse("CTOC/COP/WG.3/2015/INF/1/Rev.1")
                .supersedes(DocumentSymbol.parse("ctoc/cop/wg.3/2015/inf/1")));
        DocumentSymbol addendumRevised = DocumentSymbol.parse("E/2019/15/Add.1/Rev.1");
        assertTrue(addendumRevised.supersedes(DocumentSymbol.parse("E/2019/15/Add.1")));
        assertFalse(addendumRevised.supersedes(DocumentSymbol.parse("E/2019/15")));
    }

    @Test
    void listsComponentPrefixesShortestFirst() {
        assertEquals(List.of("CAC", "CAC/COSP", "CAC/COSP/EG.1", "CAC/COSP/EG.1/2019", "CAC/COSP/EG.1/2019/2"),
                DocumentSymbol.parse("CAC/COSP/EG.1/2019/2").componentPrefixes());
        assertEquals(List.of("S", "S/RES", "S/RES/2462", "S/RES/2462(2019)"),
                DocumentSymbol.parse("S/RES/2462 (2019)").componentPrefixes());
        assertEquals("CAC/COSP/EG.1/2019/L.1/ADD.3",
                DocumentSymbol.parse("CAC/COSP/EG.1/2019/L.1/Add.3").componentPrefixes().get(5));
    }

    @Test
    void ordersNumbersByValue() {
        List<DocumentSymbol> symbols = new ArrayList<>(Stream.of("CAC/COSP/2017/14", "CAC/COSP/2017/2/Add.1",
                "CAC/COSP/2017/10", "CAC/COSP/2017/2", "CAC/COSP/2009/15", "CAC/COSP/EG.1/2017/2")
                .map(DocumentSymbol::parse).toList());
        symbols.sort(null);
        assertEquals(List.of("CAC/COSP/2009/15", "CAC/COSP/2017/2", "CAC/COSP/2017/2/Add.1", "CAC/COSP/2017/10",
                "CAC/COSP/2017/14", "CAC/COSP/EG.1/2017/2"), symbols.stream().map(DocumentSymbol::toString).toList());
    }

    private static Optional<String> optional(String value) {
        return "-".equals(value) ? Optional.empty() : Optional.of(value);
    }

    private static List<String> list(String value) {
        return "-".equals(value) ? List.of() : List.of(value.split(","));
    }
}
