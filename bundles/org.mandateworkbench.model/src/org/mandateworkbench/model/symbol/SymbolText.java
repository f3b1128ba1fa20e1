package org.mandateworkbench.model.symbol;

/**
 * Character-level rules shared by the parser, the normalizer and the recognizer, so that all three
 * agree on what counts as white space, full-width forms and line-break debris.
 */
final class SymbolText {

    /** Link prefixes under which the UN document system serves a symbol; compared ignoring case. */
    private static final String[] LINK_PREFIXES = {
            "https://undocs.org/", "http://undocs.org/", "undocs.org/" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private SymbolText() {
    }

    /** Maps full-width ASCII forms and typographic hyphens, common in Chinese documents, to ASCII. */
    static char toAscii(char c) {
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            return (char) (c - FULL_WIDTH_OFFSET);
        }
        if (c == '\u2010' || c == '\u2011') {
            return '-';
        }
        return c;
    }

    /** White space including no-break and ideographic spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** @return length of a document-system link prefix starting at {@code start}, or 0 */
    static int linkPrefixLength(CharSequence text, int start) {
        for (String prefix : LINK_PREFIXES) {
            if (regionMatchesIgnoreCase(text, start, prefix)) {
                return prefix.length();
            }
        }
        return 0;
    }

    static boolean regionMatchesIgnoreCase(CharSequence text, int start, String expected) {
        if (start < 0 || start + expected.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            char c = Character.toLowerCase(toAscii(text.charAt(start + i)));
            if (c != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word broken by a hyphen at a line end ("20-" newline "19"): returns the index of the first
     * character after the break, or -1 when the hyphen at {@code hyphen} is a real hyphen (ES-10).
     */
    static int afterHyphenBreak(CharSequence text, int hyphen, int end) {
        if (toAscii(text.charAt(hyphen)) != '-') {
            return -1;
        }
        int i = hyphen + 1;
        boolean lineBreak = false;
        while (i < end && isSpace(text.charAt(i))) {
            lineBreak |= isLineBreak(text.charAt(i));
            i++;
        }
        return lineBreak && i < end && isAsciiLetterOrDigit(toAscii(text.charAt(i))) ? i : -1;
    }
}
