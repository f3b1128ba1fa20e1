package org.mandateworkbench.model.tests.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.symbol.DocumentSymbol;
import org.mandateworkbench.model.symbol.SymbolOccurrence;
import org.mandateworkbench.model.symbol.SymbolParseResult;
import org.mandateworkbench.model.symbol.SymbolProblem;
import org.mandateworkbench.model.symbol.SymbolRecognizer;

/** Seeded random checks; a failure message names the seed and the input so it can be replayed. */
class SymbolRandomTest {

    private static final long SEED = 20_190_531L;
    private static final String ALPHABET = "ACEGLRSadx0129/./-() \n\u53f7;\uff0f";
    private static final List<String> SERIES = List.of("CAC", "COSP", "EG.1", "CTOC", "COP", "WG.3", "IRG", "A",
            "RES", "HRC", "E", "CN.7", "S");
    private static final List<String> SESSIONS = List.of("2019", "2008", "71", "35", "ES-10");
    private static final List<String> SPECIALS = List.of("L.1", "CRP.13", "Misc.2", "R.4", "INF");
    private static final List<String> SUFFIXES = List.of("Add.", "Corr.", "Rev.");

    @Test
    void randomTextYieldsEitherSymbolOrProblemNeverAnException() {
        Random random = new Random(SEED);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random, random.nextInt(30));
            SymbolParseResult result = DocumentSymbol.parseResult(text);
            String context = "seed " + SEED + ", round " + round + ", input [" + text + "]";
            assertTrue(result.isValid() != result.problem().isPresent(), context);
            if (result.isValid()) {
                DocumentSymbol symbol = result.symbol().orElseThrow();
                assertEquals(symbol, DocumentSymbol.parse(symbol.toString()), context);
            } else {
                SymbolProblem problem = result.problem().orElseThrow();
                assertTrue(problem.position() >= 0 && problem.position() <= text.length(), context);
                assertFalse(problem.message().isBlank(), context);
            }
            for (SymbolOccurrence occurrence : SymbolRecognizer.findAll(text)) {
                assertTrue(occurrence.start() >= 0 && occurrence.end() <= text.length(), context);
            }
        }
    }

    @Test
    void randomValidSymbolsRoundTripAndSurviveMessyWriting() {
        Random random = new Random(SEED);
        for (int round = 0; round < 5_000; round++) {
            String canonical = randomSymbol(random);
            String context = "seed " + SEED + ", round " + round + ", symbol " + canonical;
            DocumentSymbol symbol = DocumentSymbol.parse(canonical);
            assertEquals(canonical, symbol.toString(), context);
            assertEquals(symbol, DocumentSymbol.parse(symbol.normalizedKey()), context);
            String messy = messUp(random, canonical);
            assertEquals(symbol, DocumentSymbol.parse(messy), context + " written as [" + messy + "]");
            assertEquals(symbol.normalizedKey(), DocumentSymbol.normalizeText(messy), context);
            List<String> prefixes = symbol.componentPrefixes();
            assertEquals(symbol.normalizedKey(), prefixes.get(prefixes.size() - 1), context);
            String text = "\u89c1" + canonical + "\u53f7\u6587\u4ef6\u3002";
            List<SymbolOccurrence> found = SymbolRecognizer.findAll(text);
            assertEquals(1, found.size(), context);
            assertEquals(1, found.get(0).start(), context);
            assertEquals(1 + canonical.length(), found.get(0).end(), context);
        }
    }

    @Test
    void orderingIsConsistentWithEquals() {
        Random random = new Random(SEED);
        for (int round = 0; round < 5_000; round++) {
            DocumentSymbol a = DocumentSymbol.parse(randomSymbol(random));
            DocumentSymbol b = DocumentSymbol.parse(randomSymbol(random));
            String context = "seed " + SEED + ", round " + round + ": " + a + " vs " + b;
            assertEquals(a.equals(b), a.compareTo(b) == 0, context);
            assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)), context);
            if (!a.equals(b)) {
                assertNotEquals(a.normalizedKey(), b.normalizedKey(), context);
            }
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static String randomSymbol(Random random) {
        StringBuilder symbol = new StringBuilder(pick(random, SERIES));
        for (int i = random.nextInt(3); i > 0; i--) {
            symbol.append('/').append(pick(random, SERIES));
        }
        if (random.nextBoolean()) {
            symbol.append('/').append(pick(random, SESSIONS));
        }
        String special = random.nextBoolean() ? pick(random, SPECIALS) : null;
        if (special != null) {
            symbol.append('/').append(special);
        }
        if (special == null || special.equals("INF")) {
            symbol.append('/').append(1 + random.nextInt(300));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            symbol.append('/').append(pick(random, SUFFIXES)).append(1 + random.nextInt(5));
        }
        return symbol.toString();
    }

    /** Lower-cases some letters and breaks the line after one slash, as extracted text does. */
    private static String messUp(Random random, String canonical) {
        StringBuilder messy = new StringBuilder();
        boolean broken = false;
        for (char c : canonical.toCharArray()) {
            messy.append(random.nextBoolean() ? Character.toLowerCase(c) : c);
            if (c == '/' && !broken && random.nextInt(3) == 0) {
                messy.append(" \n");
                broken = true;
            }
        }
        return random.nextBoolean() ? messy.toString() : messy.toString().toUpperCase(Locale.ROOT);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
