package org.mandateworkbench.index.analysis;

import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Benchmark stand-in for the index bundle's ChineseTextAnalyzer, used only by the judged-query
 * comparison of Chinese analyzers (releng/bench/search --judged), which puts this class ahead of the
 * bundle's on the class path. The system property mwb.bench.chinese chooses the segmentation:
 * <ul>
 * <li>icu-bigrams: ICU word segmentation (dictionary words for Han), then CJK bigrams;</li>
 * <li>icu-words: ICU dictionary words only;</li>
 * <li>smartcn-words: smartcn's HMM words only (its punctuation stop set removed);</li>
 * <li>smartcn-bigrams: smartcn's words, then CJK bigrams over their characters.</li>
 * </ul>
 * Every variant folds full-width forms and lower-cases, as the product's analyzer does.
 */
public final class ChineseTextAnalyzer extends Analyzer {

    /** The system property naming the variant. */
    public static final String VARIANT = "mwb.bench.chinese";

    private final String variant = System.getProperty(VARIANT, "").toLowerCase(Locale.ROOT);

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source;
        TokenStream result;
        switch (variant) {
            case "icu-bigrams", "icu-words" -> {
                source = new ICUTokenizer();
                result = source;
            }
            case "smartcn-words", "smartcn-bigrams" -> {
                source = new HMMChineseTokenizer();
                result = new StopFilter(source, SmartChineseAnalyzer.getDefaultStopSet());
                result = new HanAsIdeographic(result);
            }
            default -> throw new IllegalStateException(
                    "set -D" + VARIANT + " to icu-bigrams, icu-words, smartcn-words or smartcn-bigrams, not '" + variant + "'");
        }
        result = new CJKWidthFilter(result);
        result = new LowerCaseFilter(result);
        if (variant.endsWith("-bigrams")) {
            result = new CJKBigramFilter(result);
        }
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }

    /** Gives smartcn's Han words the token type the CJK bigram filter works on. */
    private static final class HanAsIdeographic extends TokenFilter {

        private static final String IDEOGRAPHIC = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);

        HanAsIdeographic(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws java.io.IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (term.length() > 0 && Character.isIdeographic(Character.codePointAt(term, 0))) {
                type.setType(IDEOGRAPHIC);
            }
            return true;
        }
    }
}
