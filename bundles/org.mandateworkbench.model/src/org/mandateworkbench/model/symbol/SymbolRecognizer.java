package org.mandateworkbench.model.symbol;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds document symbols in running Chinese or English text.
 * <p>
 * A candidate starts with a capital letter that does not continue a word, path or number, and must
 * contain a slash. It may run across a line end after a slash ("CAC/COSP/EG.1/" newline "2019/L.1")
 * or after a hyphen, and may end with a year in parentheses. Trailing sentence punctuation is left
 * out. An undocs.org link yields one occurrence spanning the whole link. When a candidate does not
 * parse, shorter slash-delimited heads of it are tried, so "A/RES/71/208/foo" still yields
 * A/RES/71/208.
 */
public final class SymbolRecognizer {

    private static final int MAX_LINE_BREAKS_IN_GAP = 3;
    private static final String HTTP = "http://"; //$NON-NLS-1$
    private static final String HTTPS = "https://"; //$NON-NLS-1$
    private static final String LINK_HOST = "undocs.org/"; //$NON-NLS-1$

    private SymbolRecognizer() {
    }

    /** @return every occurrence in text order; never null */
    public static List<SymbolOccurrence> findAll(CharSequence text) {
        List<SymbolOccurrence> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        int i = 0;
        while (i < text.length()) {
            int next;
            if (SymbolText.regionMatchesIgnoreCase(text, i, LINK_HOST)) {
                next = readLink(text, i, found);
            } else if (startsCandidate(text, i)) {
                next = readCandidate(text, i, i, false, found);
            } else {
                next = i + 1;
            }
            i = Math.max(next, i + 1);
        }
        return found;
    }

    /** @return each distinct symbol once, in order of first occurrence */
    public static List<DocumentSymbol> distinctSymbols(CharSequence text) {
        Set<DocumentSymbol> symbols = new LinkedHashSet<>();
        for (SymbolOccurrence occurrence : findAll(text)) {
            symbols.add(occurrence.symbol());
        }
        return List.copyOf(symbols);
    }

    private static int readLink(CharSequence text, int host, List<SymbolOccurrence> found) {
        int linkStart = host;
        if (SymbolText.regionMatchesIgnoreCase(text, host - HTTPS.length(), HTTPS)) {
            linkStart = host - HTTPS.length();
        } else if (SymbolText.regionMatchesIgnoreCase(text, host - HTTP.length(), HTTP)) {
            linkStart = host - HTTP.length();
        }
        int pathStart = host + LINK_HOST.length();
        if (pathStart >= text.length() || !Character.isLetter(SymbolText.toAscii(text.charAt(pathStart)))) {
            return pathStart;
        }
        return readCandidate(text, linkStart, pathStart, true, found);
    }

    private static boolean startsCandidate(CharSequence text, int i) {
        char c = SymbolText.toAscii(text.charAt(i));
        if (c < 'A' || c > 'Z') {
            return false;
        }
        return i == 0 || !continuesWord(SymbolText.toAscii(text.charAt(i - 1)));
    }

    private static boolean continuesWord(char c) {
        return SymbolText.isAsciiLetterOrDigit(c) || c == '/' || c == '.' || c == '-' || c == '_' || c == '='
                || c == ':';
    }

    /**
     * Reads symbol characters from {@code from}, then parses the longest valid head.
     *
     * @return where scanning continues
     */
    private static int readCandidate(CharSequence text, int spanStart, int from, boolean hyperlink,
            List<SymbolOccurrence> found) {
        int end = scanEnd(text, from);
        List<Integer> cuts = slashCuts(text, from, end);
        int scanned = end;
        while (true) {
            int trimmed = trimEnd(text, from, end);
            if (trimmed > from && containsSlash(text, from, trimmed)) {
                var parsed = DocumentSymbol.tryParse(text.subSequence(from, trimmed));
                if (parsed.isPresent()) {
                    found.add(new SymbolOccurrence(parsed.get(), spanStart, trimmed, hyperlink));
                    return trimmed;
                }
            }
            if (cuts.isEmpty()) {
                return scanned;
            }
            end = cuts.remove(cuts.size() - 1);
        }
    }

    private static int scanEnd(CharSequence text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = SymbolText.toAscii(text.charAt(i));
            int afterBreak = SymbolText.afterHyphenBreak(text, i, text.length());
            if (afterBreak > 0) {
                i = afterBreak;
            } else if (c == '/') {
                i = skipGapAfterSlash(text, i + 1);
            } else if (SymbolText.isAsciiLetterOrDigit(c) || c == '.' || c == '-' || c == '(' || c == ')') {
                i++;
            } else if (SymbolText.isSpace(c) && isParentheticalYearAt(text, skipSpaces(text, i))) {
                i = skipSpaces(text, i);
            } else {
                break;
            }
        }
        return i;
    }

    /** After a slash, white space with a few line breaks is debris if a component follows it. */
    private static int skipGapAfterSlash(CharSequence text, int i) {
        int j = i;
        int lineBreaks = 0;
        while (j < text.length() && SymbolText.isSpace(text.charAt(j))) {
            if (text.charAt(j) == '\n') {
                lineBreaks++;
            }
            j++;
        }
        boolean continues = j < text.length() && lineBreaks <= MAX_LINE_BREAKS_IN_GAP
                && SymbolText.isAsciiLetterOrDigit(SymbolText.toAscii(text.charAt(j)));
        return continues ? j : i;
    }

    private static int skipSpaces(CharSequence text, int i) {
        int j = i;
        while (j < text.length() && SymbolText.isSpace(text.charAt(j)) && !SymbolText.isLineBreak(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isParentheticalYearAt(CharSequence text, int i) {
        if (i + 6 > text.length() || SymbolText.toAscii(text.charAt(i)) != '('
                || SymbolText.toAscii(text.charAt(i + 5)) != ')') {
            return false;
        }
        for (int k = i + 1; k < i + 5; k++) {
            char c = SymbolText.toAscii(text.charAt(k));
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Positions of the slashes in the span, so that shorter heads can be tried. */
    private static List<Integer> slashCuts(CharSequence text, int from, int end) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = from; i < end; i++) {
            if (SymbolText.toAscii(text.charAt(i)) == '/') {
                cuts.add(i);
            }
        }
        return cuts;
    }

    /** Drops trailing punctuation, white space, slashes and unbalanced closing parentheses. */
    private static int trimEnd(CharSequence text, int from, int end) {
        int e = end;
        while (e > from) {
            char c = SymbolText.toAscii(text.charAt(e - 1));
            boolean drop = c == '.' || c == '-' || c == '/' || c == '(' || SymbolText.isSpace(c)
                    || (c == ')' && !balanced(text, from, e));
            if (!drop) {
                break;
            }
            e--;
        }
        return e;
    }

    private static boolean balanced(CharSequence text, int from, int end) {
        int depth = 0;
        for (int i = from; i < end; i++) {
            char c = SymbolText.toAscii(text.charAt(i));
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static boolean containsSlash(CharSequence text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (SymbolText.toAscii(text.charAt(i)) == '/') {
                return true;
            }
        }
        return false;
    }
}
