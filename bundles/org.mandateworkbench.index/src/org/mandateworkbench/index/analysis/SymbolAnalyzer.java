package org.mandateworkbench.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Analyzer for fields holding UN document symbols (one or more per value, separated by commas,
 * semicolons or the Chinese enumeration comma).
 * <p>
 * Strategy: expand at index time, keep queries to one term. Each symbol is normalized with
 * {@link org.mandateworkbench.model.symbol.DocumentSymbol} (case, full-width forms, spaces and line-break
 * debris removed, slashes at the ends trimmed) and indexed as its whole key plus, stacked at the same
 * position, every leading component run (CAC ... CAC/COSP/EG.1/2019) and every trailing run of two or
 * more components (COSP/EG.1/2019/2 ... 2019/2). A query is the single normalized term of what the user
 * typed ({@link #forQueries()}, {@link #normalize(String, String)} or {@link #query(String, String)}), so
 * CAC/COSP/EG.1/2019 finds every 2019 document of that body and EG.1/2019/2 finds CAC/COSP/EG.1/2019/2,
 * while whole components never match partially (EG.1/2019/2 does not find EG.1/2019/20). Do not use the
 * indexing instance to analyze queries: its expansion would match every document of the series.
 */
public final class SymbolAnalyzer extends Analyzer {

    /** Token type of the whole normalized symbol. */
    public static final String TYPE_SYMBOL = "<SYMBOL>"; //$NON-NLS-1$
    /** Token type of a leading run of components. */
    public static final String TYPE_PREFIX = "<SYMBOL_PREFIX>"; //$NON-NLS-1$
    /** Token type of a trailing run of components. */
    public static final String TYPE_TAIL = "<SYMBOL_TAIL>"; //$NON-NLS-1$

    private final boolean expand;

    /** Creates the index-time analyzer (same as {@link #forIndexing()}). */
    public SymbolAnalyzer() {
        this(true);
    }

    private SymbolAnalyzer(boolean expand) {
        this.expand = expand;
    }

    /** @return an analyzer that indexes each symbol with its prefixes and tails */
    public static SymbolAnalyzer forIndexing() {
        return new SymbolAnalyzer(true);
    }

    /** @return an analyzer that turns each symbol in a query into one normalized term */
    public static SymbolAnalyzer forQueries() {
        return new SymbolAnalyzer(false);
    }

    /**
     * Builds the query for one symbol, prefix or tail typed by a user.
     *
     * @return a term query on the normalized text, or a query matching nothing for blank input
     */
    public static Query query(String field, String text) {
        String term = SymbolNormalizationFilter.normalize(text == null ? "" : text); //$NON-NLS-1$
        return term.isEmpty() ? new MatchNoDocsQuery() : new TermQuery(new Term(field, term));
    }

    /** @return true for the index-time analyzer */
    public boolean expandsComponents() {
        return expand;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        SymbolTokenizer tokenizer = new SymbolTokenizer();
        TokenStream stream = new SymbolNormalizationFilter(tokenizer);
        stream = new LengthFilter(stream, 1, SymbolTokenizer.MAX_SYMBOL_LENGTH);
        if (expand) {
            stream = new SymbolComponentFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new SymbolNormalizationFilter(in);
    }
}
