package org.mandateworkbench.index.query;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typed text with slashes outside quotes escaped, because the Lucene syntax reads /.../ as a
 * regular expression while users type symbols such as CAC/COSP/EG.1, and with the spoken forms of a
 * resolution number ({@code resolution 7/1}, {@code decision 7/1}, {@code 第 7/1 号决议}) outside quotes
 * turned into the bare number {@code 7/1}, which finds the units from resolution or decision 7/1 and the
 * text citing it. Maps positions back to the typed text for error messages.
 */
record EscapedText(String text, int[] originalPositions) {

    private static final Pattern RESOLUTION_PHRASE = Pattern.compile(
            "(?iu)(?<![\\p{L}:])(?:resolution|decision)\\s+(\\d{1,3}/\\d{1,3})(?![\\d/])" //$NON-NLS-1$
                    + "|\u7b2c\\s*(\\d{1,3}/\\d{1,3})\\s*\u53f7(?:\u51b3\u8bae|\u51b3\u5b9a)"); //$NON-NLS-1$

    /** @return the typed text with resolution phrases rewritten and slashes escaped */
    static EscapedText of(String typed) {
        StringBuilder rewritten = new StringBuilder(typed.length());
        int[] positions = new int[typed.length() * 2 + 1];
        Matcher phrase = RESOLUTION_PHRASE.matcher(typed);
        int copied = 0;
        while (phrase.find()) {
            if (insideQuotes(typed, phrase.start())) {
                continue;
            }
            positions = copy(typed, copied, phrase.start(), rewritten, positions);
            int number = phrase.group(1) != null ? 1 : 2;
            positions = copy(typed, phrase.start(number), phrase.end(number), rewritten, positions);
            copied = phrase.end();
        }
        positions = copy(typed, copied, typed.length(), rewritten, positions);
        positions = mark(positions, rewritten.length(), typed.length());
        EscapedText escaped = escapeSlashes(rewritten.toString());
        int[] composed = new int[escaped.originalPositions.length];
        for (int i = 0; i < composed.length; i++) {
            composed[i] = positions[escaped.originalPositions[i]];
        }
        return new EscapedText(escaped.text, composed);
    }

    private static boolean insideQuotes(String typed, int end) {
        boolean quoted = false;
        for (int i = 0; i < end; i++) {
            if (typed.charAt(i) == '"' && (i == 0 || typed.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
        }
        return quoted;
    }

    private static int[] copy(String typed, int from, int to, StringBuilder out, int[] positions) {
        int[] grown = positions;
        for (int i = from; i < to; i++) {
            grown = mark(grown, out.length(), i);
            out.append(typed.charAt(i));
        }
        return grown;
    }

    private static int[] mark(int[] positions, int at, int original) {
        int[] grown = at < positions.length ? positions : Arrays.copyOf(positions, positions.length * 2 + 1);
        grown[at] = original;
        return grown;
    }

    static EscapedText escapeSlashes(String typed) {
        StringBuilder text = new StringBuilder(typed.length() + 8);
        int[] positions = new int[typed.length() * 2 + 1];
        boolean quoted = false;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '"' && (i == 0 || typed.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (c == '/' && !quoted && (i == 0 || typed.charAt(i - 1) != '\\')) {
                positions[text.length()] = i;
                text.append('\\');
            }
            positions[text.length()] = i;
            text.append(c);
        }
        positions[text.length()] = typed.length();
        int[] trimmed = new int[text.length() + 1];
        System.arraycopy(positions, 0, trimmed, 0, trimmed.length);
        return new EscapedText(text.toString(), trimmed);
    }

    /** @return the position in the typed text of a position in the escaped text */
    int originalPosition(int escapedPosition) {
        if (escapedPosition < 0) {
            return 0;
        }
        return originalPositions[Math.min(escapedPosition, originalPositions.length - 1)];
    }
}
