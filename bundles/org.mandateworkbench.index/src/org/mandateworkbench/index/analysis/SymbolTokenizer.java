package org.mandateworkbench.index.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits a symbol field value into one token per symbol. Symbols are separated by ASCII or full-width
 * commas and semicolons or the Chinese enumeration comma; white space and line breaks do not separate,
 * because they occur inside broken symbols ("CAC/COSP/EG.1/ 2019/L.1", "S/RES/2462 (2019)").
 * Chunks longer than {@value #MAX_SYMBOL_LENGTH} characters cannot be symbols and are skipped.
 */
public final class SymbolTokenizer extends Tokenizer {

    /** Longest chunk kept as a token. */
    public static final int MAX_SYMBOL_LENGTH = 256;

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);
    private final StringBuilder text = new StringBuilder();
    /** Reused for every value: a new buffer per document showed in the indexing profile. */
    private final char[] buffer = new char[256];
    private boolean read;
    private int position;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!read) {
            readAll();
        }
        while (position < text.length()) {
            int end = position;
            while (end < text.length() && !isSeparator(text.charAt(end))) {
                end++;
            }
            int start = position;
            position = end + 1;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int stop = end;
            while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
                stop--;
            }
            if (stop > start && stop - start <= MAX_SYMBOL_LENGTH) {
                termAttribute.setEmpty().append(text, start, stop);
                offsetAttribute.setOffset(correctOffset(start), correctOffset(stop));
                return true;
            }
        }
        return false;
    }

    private void readAll() throws IOException {
        for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        read = true;
    }

    private static boolean isSeparator(char c) {
        return c == ';' || c == ',' || c == '\uFF0C' || c == '\uFF1B' || c == '\u3001';
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(text.length());
        offsetAttribute.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        read = false;
        position = 0;
    }
}
