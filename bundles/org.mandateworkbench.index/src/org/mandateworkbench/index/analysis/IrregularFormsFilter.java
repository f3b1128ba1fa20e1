package org.mandateworkbench.index.analysis;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces irregular English plurals and forms by their base form (women to woman, criteria to
 * criterion), because the Porter stemmer only strips regular suffixes. Expects lower-case terms;
 * leaves terms marked as keywords untouched.
 */
public final class IrregularFormsFilter extends TokenFilter {

    /** The irregular forms this filter knows, as form to base form. */
    public static final Map<String, String> FORMS = Map.ofEntries(Map.entry("women", "woman"),
            Map.entry("men", "man"), Map.entry("children", "child"), Map.entry("people", "person"),
            Map.entry("persons", "person"), Map.entry("analyses", "analysis"), Map.entry("criteria", "criterion"),
            Map.entry("data", "datum"), Map.entry("phenomena", "phenomenon"), Map.entry("theses", "thesis"),
            Map.entry("bases", "basis"), Map.entry("crises", "crisis"), Map.entry("hypotheses", "hypothesis"),
            Map.entry("indices", "index"), Map.entry("appendices", "appendix"), Map.entry("annexes", "annex"),
            Map.entry("media", "medium"), Map.entry("memoranda", "memorandum"), Map.entry("fora", "forum"),
            Map.entry("addenda", "addendum"), Map.entry("corrigenda", "corrigendum"), Map.entry("feet", "foot"),
            Map.entry("teeth", "tooth"), Map.entry("mice", "mouse"), Map.entry("geese", "goose"),
            Map.entry("lives", "life"), Map.entry("wives", "wife"), Map.entry("knives", "knife"),
            Map.entry("leaves", "leaf"), Map.entry("thieves", "thief"), Map.entry("halves", "half"),
            Map.entry("selves", "self"), Map.entry("taught", "teach"), Map.entry("sought", "seek"),
            Map.entry("brought", "bring"), Map.entry("bought", "buy"), Map.entry("thought", "think"),
            Map.entry("held", "hold"), Map.entry("met", "meet"), Map.entry("made", "make"),
            Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("took", "take"),
            Map.entry("taken", "take"), Map.entry("began", "begin"), Map.entry("begun", "begin"),
            Map.entry("chose", "choose"), Map.entry("chosen", "choose"), Map.entry("drew", "draw"),
            Map.entry("drawn", "draw"), Map.entry("went", "go"), Map.entry("gone", "go"),
            Map.entry("was", "be"), Map.entry("were", "be"), Map.entry("been", "be"));

    // The same forms keyed by characters, so a term is looked up without making a String of it.
    private static final CharArrayMap<String> FORMS_BY_CHARS = byChars();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    /** Wraps a stream of lower-case terms. */
    public IrregularFormsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String base = FORMS_BY_CHARS.get(term.buffer(), 0, term.length());
            if (base != null) {
                term.setEmpty().append(base);
            }
        }
        return true;
    }

    private static CharArrayMap<String> byChars() {
        CharArrayMap<String> map = new CharArrayMap<>(FORMS.size(), false);
        map.putAll(FORMS);
        return CharArrayMap.unmodifiableMap(map);
    }
}
