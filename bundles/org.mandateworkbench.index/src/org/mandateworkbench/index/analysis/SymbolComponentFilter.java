package org.mandateworkbench.index.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Index-time expansion of a normalized symbol token. After the whole symbol (type
 * {@link SymbolAnalyzer#TYPE_SYMBOL}) it stacks, at the same position, every leading run of components
 * shorter than the whole (type {@link SymbolAnalyzer#TYPE_PREFIX}: CAC, CAC/COSP, ..., and S/RES/2462 for
 * S/RES/2462 (2019)) and every trailing
 * run of at least two components (type {@link SymbolAnalyzer#TYPE_TAIL}: COSP/EG.1/2019/2, ...,
 * 2019/2). Single trailing components ("2", "ADD.1") are left out: they would match almost anything.
 * Each instance remembers the expansions it made, since the units of one document share its symbol.
 */
public final class SymbolComponentFilter extends TokenFilter {

    /** The "(2019)" of S/RES/2462 (2019), so that S/RES/2462 is a prefix too. */
    private static final Pattern PARENTHETICAL_YEAR = Pattern.compile("\\([0-9]{4}\\)$"); //$NON-NLS-1$

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute positionAttribute = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAttribute = addAttribute(TypeAttribute.class);
    /** Expansions remembered per instance; the cache starts afresh when full. */
    private static final int CACHE_SIZE = 4096;

    private final Deque<String[]> pending = new ArrayDeque<>();
    private final Map<String, List<String[]>> expansions = new HashMap<>();
    private State symbolState;

    public SymbolComponentFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            String[] next = pending.removeFirst();
            restoreState(symbolState);
            termAttribute.setEmpty().append(next[0]);
            typeAttribute.setType(next[1]);
            positionAttribute.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        typeAttribute.setType(SymbolAnalyzer.TYPE_SYMBOL);
        symbolState = captureState();
        String key = termAttribute.toString();
        List<String[]> expansion = expansions.get(key);
        if (expansion == null) {
            if (expansions.size() >= CACHE_SIZE) {
                expansions.clear();
            }
            expansion = components(key);
            expansions.put(key, expansion);
        }
        pending.addAll(expansion);
        return true;
    }

    /** @return the prefixes and tails of {@code key}, each as {term, type}, without repeats */
    private static List<String[]> components(String key) {
        List<String[]> components = new ArrayList<>();
        String[] parts = key.split("/", -1); //$NON-NLS-1$
        Set<String> emitted = new LinkedHashSet<>();
        emitted.add(key);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            prefix.append(i == 0 ? "" : "/").append(parts[i]); //$NON-NLS-1$ //$NON-NLS-2$
            queue(components, emitted, prefix.toString(), SymbolAnalyzer.TYPE_PREFIX);
        }
        Matcher year = PARENTHETICAL_YEAR.matcher(key);
        if (year.find()) {
            queue(components, emitted, key.substring(0, year.start()), SymbolAnalyzer.TYPE_PREFIX);
        }
        for (int i = 1; i <= parts.length - 2; i++) {
            queue(components, emitted, String.join("/", Arrays.asList(parts).subList(i, parts.length)), //$NON-NLS-1$
                    SymbolAnalyzer.TYPE_TAIL);
        }
        return List.copyOf(components);
    }

    private static void queue(List<String[]> components, Set<String> emitted, String term, String type) {
        if (!term.isEmpty() && !term.endsWith("/") && emitted.add(term)) { //$NON-NLS-1$
            components.add(new String[] { term, type });
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        symbolState = null;
    }
}
