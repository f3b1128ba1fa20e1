package org.mandateworkbench.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyzer of English text fields: Unicode word breaks, possessives removed, lower case, accents
 * folded, English stop words removed, irregular forms reduced to their base form
 * ({@link IrregularFormsFilter}), then Porter stemming. Built from fixed classes (no SPI look-up),
 * so it works the same inside and outside OSGi. Words in the protected set are neither reduced nor
 * stemmed.
 */
public final class EnglishTextAnalyzer extends Analyzer {

    private final CharArraySet protectedWords;

    /** Creates the analyzer with no protected words. */
    public EnglishTextAnalyzer() {
        this(CharArraySet.EMPTY_SET);
    }

    /** @param protectedWords lower-case words kept as they are (e.g. acronyms that look like plurals) */
    public EnglishTextAnalyzer(CharArraySet protectedWords) {
        this.protectedWords = CharArraySet.unmodifiableSet(CharArraySet.copy(protectedWords));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        if (!protectedWords.isEmpty()) {
            result = new SetKeywordMarkerFilter(result, protectedWords);
        }
        result = new IrregularFormsFilter(result);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
