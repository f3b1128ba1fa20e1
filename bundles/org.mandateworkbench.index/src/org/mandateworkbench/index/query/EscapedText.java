package org.mandateworkbench.index.query;

/**
 * The typed text with slashes outside quotes escaped, because the Lucene syntax reads /.../ as a
 * regular expression while users type symbols such as CAC/COSP/EG.1. Maps positions back to the
 * typed text for error messages.
 */
record EscapedText(String text, int[] originalPositions) {

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
