package org.mandateworkbench.index.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.analysis.SymbolAnalyzer;
import org.mandateworkbench.model.symbol.DocumentSymbol;

/** Seeded random checks; failure messages name the seed, round and input for replay. */
class SymbolAnalyzerRandomTest {

    private static final long SEED = 20_170_814L;
    private static final String ALPHABET = "ACEGLRScosp0129/./-() \n;,\u3001\uff0f\u53f7";
    private static final List<String> COMPONENTS = List.of("CAC", "COSP", "EG.1", "WG.2", "IRG", "A", "RES", "2019",
            "2017", "71", "L.1", "CRP.13", "INF", "1", "2", "20", "208", "Add.3", "Rev.1");

    private final SymbolAnalyzer indexing = SymbolAnalyzer.forIndexing();
    private final SymbolAnalyzer querying = SymbolAnalyzer.forQueries();

    @Test
    void randomTextGivesCleanTokensAndNeverFails() {
        Random random = new Random(SEED);
        for (int round = 0; round < 5_000; round++) {
            String text = randomText(random);
            String context = "seed " + SEED + ", round " + round + ", input [" + text + "]";
            List<String> tokens = AnalyzedTokens.describe(indexing, text);
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                String term = token.substring(0, token.indexOf(' '));
                assertFalse(term.isEmpty(), context);
                assertEquals(term.toUpperCase(Locale.ROOT), term, context);
                assertFalse(term.startsWith("/") || term.endsWith("/"), context);
                boolean symbol = token.contains(SymbolAnalyzer.TYPE_SYMBOL);
                assertEquals(symbol, !token.contains(" +0 "), context + " token " + token);
            }
            List<String> queryTerms = AnalyzedTokens.terms(querying, text);
            assertEquals(tokens.stream().filter(t -> t.contains(SymbolAnalyzer.TYPE_SYMBOL)).count(),
                    queryTerms.size(), context);
            for (String term : queryTerms) {
                assertTrue(AnalyzedTokens.terms(indexing, term).contains(term), context);
            }
        }
    }

    @Test
    void randomSymbolsIndexTheirKeyAndEveryComponentPrefix() {
        Random random = new Random(SEED);
        for (int round = 0; round < 3_000; round++) {
            String text = randomPath(random);
            String context = "seed " + SEED + ", round " + round + ", input [" + text + "]";
            String normalized = indexing.normalize(AnalyzedTokens.FIELD, text).utf8ToString();
            assertEquals(List.of(normalized), AnalyzedTokens.terms(querying, text), context);
            List<String> indexed = AnalyzedTokens.terms(indexing, text);
            assertEquals(normalized, indexed.get(0), context);
            DocumentSymbol.tryParse(text).ifPresent(symbol -> {
                assertEquals(symbol.normalizedKey(), normalized, context);
                assertTrue(indexed.containsAll(symbol.componentPrefixes()), context);
            });
            String[] parts = normalized.split("/");
            for (int from = 0; from < parts.length; from++) {
                for (int to = from + 1; to <= parts.length; to++) {
                    String run = String.join("/", List.of(parts).subList(from, to));
                    boolean expected = from == 0 || (to == parts.length && to - from >= 2);
                    assertEquals(expected, indexed.contains(run), context + " run " + run);
                }
            }
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** Slash-separated paths from distinct components, so that no run of components repeats. */
    private static String randomPath(Random random) {
        List<String> shuffled = new ArrayList<>(COMPONENTS);
        Collections.shuffle(shuffled, random);
        String path = String.join("/", shuffled.subList(0, 1 + random.nextInt(6)));
        return random.nextBoolean() ? path.toLowerCase(Locale.ROOT) : path;
    }
}
