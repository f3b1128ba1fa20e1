package org.mandateworkbench.index.analysis;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.mandateworkbench.model.symbol.DocumentSymbol;

/**
 * Rewrites each token to its normalized symbol key: the parsed symbol's
 * {@link DocumentSymbol#normalizedKey()} when the token is a valid symbol, otherwise
 * {@link DocumentSymbol#normalizeText(CharSequence)} (so partial input such as "eg.1/2019/2" works),
 * in both cases without leading, trailing or doubled slashes. Never drops a token, as
 * {@link org.apache.lucene.analysis.Analyzer#normalize(String, String)} requires.
 * <p>
 * The units of one document all carry its symbol, so each instance remembers the keys it made:
 * a symbol is parsed once per analysis thread, not once per paragraph.
 */
public final class SymbolNormalizationFilter extends TokenFilter {

    /** Keys remembered per instance; the cache starts afresh when full. */
    private static final int CACHE_SIZE = 4096;

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final Map<String, String> keys = new HashMap<>();

    public SymbolNormalizationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String text = termAttribute.toString();
        String normalized = keys.get(text);
        if (normalized == null) {
            if (keys.size() >= CACHE_SIZE) {
                keys.clear();
            }
            normalized = normalize(text);
            keys.put(text, normalized);
        }
        termAttribute.setEmpty().append(normalized);
        return true;
    }

    /** @return the normalized key of {@code text}, as indexed and queried */
    public static String normalize(CharSequence text) {
        String key = DocumentSymbol.tryParse(text).map(DocumentSymbol::normalizedKey)
                .orElseGet(() -> DocumentSymbol.normalizeText(text));
        StringBuilder normalized = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            // doubled slashes would make empty components, and slashes at the ends empty prefixes
            boolean emptyComponent = c == '/' && (normalized.isEmpty() || i == key.length() - 1
                    || key.charAt(i + 1) == '/');
            if (!emptyComponent) {
                normalized.append(c);
            }
        }
        return normalized.toString();
    }
}
