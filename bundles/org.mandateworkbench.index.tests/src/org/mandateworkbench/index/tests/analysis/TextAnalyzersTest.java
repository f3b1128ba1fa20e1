package org.mandateworkbench.index.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.analysis.ChineseTextAnalyzer;
import org.mandateworkbench.index.analysis.EnglishTextAnalyzer;
import org.mandateworkbench.index.analysis.IrregularFormsFilter;
import org.mandateworkbench.index.analysis.StateAliases;
import org.mandateworkbench.index.analysis.StateAnalyzer;

class TextAnalyzersTest {

    private static final long SEED = 20261126L;

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    @Test
    void joinsChineseWordsWrappedAcrossLinesAsPdfExtractionLeavesThem() {
        ChineseTextAnalyzer analyzer = new ChineseTextAnalyzer();
        List<String> whole = terms(analyzer, "\u8d44\u4ea7\u8ffd\u56de");
        assertEquals(whole, terms(analyzer, "\u8d44\n\n\u4ea7\u8ffd\u56de"));
        assertEquals(whole, terms(analyzer, "\u8d44 \r\n\u3000\u4ea7\u8ffd\u56de"));
        // The bigram of the joined characters still points at both of them in the original text.
        assertTrue(AnalyzedTokens.describe(analyzer, "\u8d44\n\n\u4ea7").get(0).endsWith(" 0-4"),
                AnalyzedTokens.describe(analyzer, "\u8d44\n\n\u4ea7").toString());
        // Only line breaks between Han characters are dropped: Latin words and a plain blank keep them apart.
        assertEquals(List.of("asset", "recovery"), terms(analyzer, "asset\nrecovery"));
        assertEquals(List.of("2018", "\u5e74"), terms(analyzer, "2018\n\u5e74"));
        assertEquals(List.of("\u8d44", "\u4ea7"), terms(analyzer, "\u8d44 \u4ea7"));
    }

    @Test
    void reducesIrregularPluralsBeforeStemming() {
        EnglishTextAnalyzer analyzer = new EnglishTextAnalyzer();
        assertEquals(terms(analyzer, "woman"), terms(analyzer, "women"));
        assertEquals(terms(analyzer, "child"), terms(analyzer, "children"));
        assertEquals(terms(analyzer, "person"), terms(analyzer, "people"));
        assertEquals(terms(analyzer, "criterion"), terms(analyzer, "criteria"));
        assertEquals(terms(analyzer, "analysis"), terms(analyzer, "analyses"));
        assertEquals(terms(analyzer, "datum"), terms(analyzer, "data"));
        assertEquals(terms(analyzer, "man"), terms(analyzer, "Men"));
    }

    @Test
    void stemsRegularFormsDropsStopWordsAndPossessives() {
        assertEquals(List.of("request", "assist", "state"),
                terms(new EnglishTextAnalyzer(), "The requests for assistance of the State's"));
    }

    @Test
    void reducesEveryIrregularFormToItsBaseForm() {
        try (Analyzer forms = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, new IrregularFormsFilter(source));
            }
        }) {
            IrregularFormsFilter.FORMS.forEach((form, base) -> assertEquals(List.of(base), terms(forms, form), form));
            assertEquals(List.of("womens", "woman"), terms(forms, "womens women"));
        }
        assertEquals(List.of("woman", "child"), terms(new EnglishTextAnalyzer(), "WOMEN Children"));
    }

    @Test
    void leavesProtectedWordsUntouched() {
        EnglishTextAnalyzer analyzer = new EnglishTextAnalyzer(new CharArraySet(List.of("data"), true));
        assertEquals(List.of("data"), terms(analyzer, "data"));
        assertEquals(List.of("woman"), terms(analyzer, "women"));
    }

    @Test
    void indexesChineseAsOverlappingBigramsWithOffsets() {
        ChineseTextAnalyzer analyzer = new ChineseTextAnalyzer();
        assertEquals(List.of("双重", "重犯", "犯罪"), terms(analyzer, "双重犯罪"));
        List<String> offsets = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", "缺乏双重犯罪")) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                offsets.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of("缺乏@0-2", "乏双@1-3", "双重@2-4", "重犯@3-5", "犯罪@4-6"), offsets);
    }

    @Test
    void keepsLatinWordsAndFoldsFullWidthInChineseText() {
        assertEquals(List.of("uncac", "公约"), terms(new ChineseTextAnalyzer(), "ＵＮＣＡＣ公约"));
        assertEquals(List.of("罪"), terms(new ChineseTextAnalyzer(), "罪"));
    }

    @Test
    void resolvesStateNamesAliasesAndCodesToIso3() {
        StateAliases aliases = StateAliases.standard();
        for (String name : List.of("Korea", "Republic of Korea", "大韩民国", "韩国", "KOR", "kor", "KR", " South Korea ")) {
            assertEquals(Optional.of("KOR"), aliases.iso3(name), name);
        }
        assertEquals(Optional.of("NOR"), aliases.iso3("挪威"));
        assertEquals(Optional.empty(), aliases.iso3("Atlantis"));
        assertEquals(Optional.empty(), aliases.iso3("  "));
        assertEquals("ATLANTIS", aliases.iso3OrSelf("atlantis"));
    }

    @Test
    void stateAnalyzerTurnsEachValueIntoItsCode() {
        StateAnalyzer analyzer = new StateAnalyzer();
        assertEquals(List.of("KOR"), terms(analyzer, "大韩民国"));
        assertEquals(List.of("KOR"), terms(analyzer, "Republic of Korea"));
        assertEquals(List.of("NOR"), terms(analyzer, "NOR"));
    }

    @Test
    void randomMixedTextNeverFailsAndGivesNonEmptyTerms() {
        Random random = new Random(SEED);
        String alphabet = "abcdefghij XYZ 双重犯罪国家请求协助 ，。()/-'0123456789ＡＢ\u3000é";
        Analyzer[] analyzers = { new EnglishTextAnalyzer(), new ChineseTextAnalyzer(), new StateAnalyzer() };
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (Analyzer analyzer : analyzers) {
                String context = "seed " + SEED + ", round " + round + ", input [" + text + "], " + analyzer;
                List<String> terms = terms(analyzer, text.toString());
                assertTrue(terms.stream().noneMatch(String::isEmpty) || analyzer instanceof StateAnalyzer, context);
                if (analyzer instanceof ChineseTextAnalyzer) {
                    assertFalse(terms.stream().anyMatch(t -> t.codePoints().filter(Character::isIdeographic).count() > 2),
                            context);
                }
            }
        }
    }
}
