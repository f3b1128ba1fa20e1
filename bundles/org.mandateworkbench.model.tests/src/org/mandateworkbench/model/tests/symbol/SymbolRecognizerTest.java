package org.mandateworkbench.model.tests.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.symbol.DocumentSymbol;
import org.mandateworkbench.model.symbol.SymbolOccurrence;
import org.mandateworkbench.model.symbol.SymbolRecognizer;

class SymbolRecognizerTest {

    @Test
    void findsSymbolsInChineseTextWithOffsets() {
        String text = "\u59d4\u5458\u4f1a\u5ba1\u8bae\u4e86CAC/COSP/2017/14\u53f7\u6587\u4ef6"
                + "\u548c\uff08CAC/COSP/WG.2/2019/2\uff09\u3002";
        List<SymbolOccurrence> found = SymbolRecognizer.findAll(text);
        assertEquals(2, found.size());
        assertOccurrence(text, found.get(0), "CAC/COSP/2017/14", "CAC/COSP/2017/14");
        assertOccurrence(text, found.get(1), "CAC/COSP/WG.2/2019/2", "CAC/COSP/WG.2/2019/2");
        assertFalse(found.get(0).hyperlink());
    }

    @Test
    void findsSymbolsInEnglishTextWithoutSentencePunctuation() {
        String text = "The Assembly recalled A/RES/71/208, noted E/CN.7/2008/CRP.13 and S/RES/2462 (2019).";
        List<SymbolOccurrence> found = SymbolRecognizer.findAll(text);
        assertEquals(3, found.size());
        assertOccurrence(text, found.get(0), "A/RES/71/208", "A/RES/71/208");
        assertOccurrence(text, found.get(1), "E/CN.7/2008/CRP.13", "E/CN.7/2008/CRP.13");
        assertOccurrence(text, found.get(2), "S/RES/2462 (2019)", "S/RES/2462 (2019)");
    }

    @Test
    void reportsAHyperlinkOnceSpanningTheLink() {
        String text = "\u6ce8\uff1a\nhttp://undocs.org/CAC/COSP/IRG/2019/3\nhttps://undocs.org/A/RES/71/208\n";
        List<SymbolOccurrence> found = SymbolRecognizer.findAll(text);
        assertEquals(2, found.size());
        assertOccurrence(text, found.get(0), "CAC/COSP/IRG/2019/3", "http://undocs.org/CAC/COSP/IRG/2019/3");
        assertTrue(found.get(0).hyperlink());
        assertOccurrence(text, found.get(1), "A/RES/71/208", "https://undocs.org/A/RES/71/208");
    }

    @Test
    void findsALinkGluedToAnotherAddress() {
        String text = "https://example.invalid/Store/Get.drsx?DocID=ab12-cd34http://undocs.org/CAC/COSP/WG.2/2017/1";
        List<SymbolOccurrence> found = SymbolRecognizer.findAll(text);
        assertEquals(1, found.size());
        assertEquals(DocumentSymbol.parse("CAC/COSP/WG.2/2017/1"), found.get(0).symbol());
        assertTrue(found.get(0).hyperlink());
    }

    @Test
    void joinsSymbolBrokenAfterSlashAcrossBlankLines() {
        String text = "\u62a5\u544a\uff08CAC/COSP/EG.1/ \n\n2019/L.1\u3001CAC/COSP/EG.1/2019/L.1/Add.1\uff09";
        List<SymbolOccurrence> found = SymbolRecognizer.findAll(text);
        assertEquals(2, found.size());
        assertOccurrence(text, found.get(0), "CAC/COSP/EG.1/2019/L.1", "CAC/COSP/EG.1/ \n\n2019/L.1");
        assertOccurrence(text, found.get(1), "CAC/COSP/EG.1/2019/L.1/Add.1", "CAC/COSP/EG.1/2019/L.1/Add.1");
    }

    @Test
    void joinsSymbolHyphenatedAtLineEnd() {
        String text = "the draft report CAC/COSP/EG.1/20-\n19/L.1 was adopted";
        List<SymbolOccurrence> found = SymbolRecognizer.findAll(text);
        assertEquals(1, found.size());
        assertOccurrence(text, found.get(0), "CAC/COSP/EG.1/2019/L.1", "CAC/COSP/EG.1/20-\n19/L.1");
    }

    @Test
    void ignoresThingsThatOnlyLookLikeSymbols() {
        String text = "\u7b2c 6/1 \u53f7\u51b3\u8bae and/or TCP/IP COVID-19 02/2015/CM/UEMOA "
                + "http://undocs.org/71/208 N/A 24/7 www.example.invalid/Path/2019/1";
        assertEquals(List.of(), SymbolRecognizer.findAll(text));
    }

    @Test
    void stopsBeforeMarkdownAndBrackets() {
        String text = "\u6982\u8981\uff08[CAC/COSP/2017/10](#)\uff09";
        List<SymbolOccurrence> found = SymbolRecognizer.findAll(text);
        assertEquals(1, found.size());
        assertOccurrence(text, found.get(0), "CAC/COSP/2017/10", "CAC/COSP/2017/10");
    }

    @Test
    void fallsBackToTheLongestValidHead() {
        String text = "see A/RES/71/208/FOO here";
        List<SymbolOccurrence> found = SymbolRecognizer.findAll(text);
        assertEquals(1, found.size());
        assertOccurrence(text, found.get(0), "A/RES/71/208", "A/RES/71/208");
    }

    @Test
    void listsDistinctSymbolsInFirstOccurrenceOrder() {
        String text = "CAC/COSP/WG.2/2017/2 \u548c CAC/COSP/2017/8\u3002\u53e6\u89c1 CAC/COSP/WG.2/2017/2\u3002\n"
                + "http://undocs.org/CAC/COSP/WG.2/2017/2\nhttp://undocs.org/CAC/COSP/2017/8\n";
        assertEquals(5, SymbolRecognizer.findAll(text).size());
        assertEquals(List.of(DocumentSymbol.parse("CAC/COSP/WG.2/2017/2"), DocumentSymbol.parse("CAC/COSP/2017/8")),
                SymbolRecognizer.distinctSymbols(text));
    }

    @Test
    void handlesEmptyAndNullText() {
        assertEquals(List.of(), SymbolRecognizer.findAll(""));
        assertEquals(List.of(), SymbolRecognizer.findAll(null));
        assertEquals(List.of(), SymbolRecognizer.distinctSymbols("no symbols here"));
    }

    private static void assertOccurrence(String text, SymbolOccurrence occurrence, String symbol, String span) {
        assertEquals(DocumentSymbol.parse(symbol), occurrence.symbol());
        assertEquals(text.indexOf(span), occurrence.start(), "start of " + span);
        assertEquals(span, text.substring(occurrence.start(), occurrence.end()));
    }
}
