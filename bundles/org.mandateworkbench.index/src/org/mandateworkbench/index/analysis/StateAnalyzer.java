package org.mandateworkbench.index.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Analyzer of the States field: each value is one State, given by name, alias or code in English or
 * Chinese, and becomes one term, its ISO alpha-3 code ({@link StateAliases}). Unknown values are kept
 * upper-cased, so they still match themselves. Use it both for indexing and for queries.
 */
public final class StateAnalyzer extends Analyzer {

    private final StateAliases aliases;

    /** Creates the analyzer over the bundled State list. */
    public StateAnalyzer() {
        this(StateAliases.standard());
    }

    /** @param aliases how names are resolved */
    public StateAnalyzer(StateAliases aliases) {
        this.aliases = aliases;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        KeywordTokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new StateCodeFilter(source, aliases));
    }

    private static final class StateCodeFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final StateAliases aliases;

        StateCodeFilter(TokenStream input, StateAliases aliases) {
            super(input);
            this.aliases = aliases;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String code = aliases.iso3OrSelf(term.toString());
            term.setEmpty().append(code);
            return true;
        }
    }
}
