package org.mandateworkbench.index.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyzer of Chinese text fields: Unicode word breaks (each Han character a token), full-width
 * forms folded, lower case, then overlapping CJK bigrams; Latin words and numbers stay whole. A Han
 * character that touches a number is also a term of its own ({@link NumberAdjacentUnigramFilter}),
 * so that 2018年2月9日 in a query finds the date in a sentence.
 * <p>
 * Why bigrams and not smartcn: smartcn's old newswire dictionary misses treaty terms and names and
 * is the indexing bottleneck, while bigrams never miss a word (better recall) at a small cost in precision.
 * A query is analyzed the same way, so 双重犯罪 matches the bigrams 双重 重犯 犯罪 in sequence; the
 * highlighter merges the overlapping bigrams into one highlight of the whole word.
 * <p>
 * A line break between two Han characters is dropped first ({@link WrappedLineCharFilter}): text
 * extracted from PDF is wrapped in the middle of words (资 / 产追回), and bigrams only form across
 * characters that touch.
 */
public final class ChineseTextAnalyzer extends Analyzer {

    private final boolean numberNeighbours;

    /** Creates the index-time analyzer (same as {@link #forIndexing()}). */
    public ChineseTextAnalyzer() {
        this(true);
    }

    private ChineseTextAnalyzer(boolean numberNeighbours) {
        this.numberNeighbours = numberNeighbours;
    }

    /** @return the analyzer of indexed text, which also gives characters next to numbers alone */
    public static ChineseTextAnalyzer forIndexing() {
        return new ChineseTextAnalyzer(true);
    }

    /**
     * @return the analyzer of queries: a character next to a number stays in its bigram only, so
     *         that 9日向 in a query still asks for 日向
     */
    public static ChineseTextAnalyzer forQueries() {
        return new ChineseTextAnalyzer(false);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new WrappedLineCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(result);
        result = new CJKBigramFilter(result);
        if (numberNeighbours) {
            result = new NumberAdjacentUnigramFilter(result);
        }
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
