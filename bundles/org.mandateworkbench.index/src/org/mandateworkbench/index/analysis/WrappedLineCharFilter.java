package org.mandateworkbench.index.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Drops a line break between two Han characters, with the blanks, ideographic spaces and further
 * line breaks around it: text extracted from PDF wraps in the middle of words (资 / 产追回). Offsets
 * still point into the original text. A text without a line feed, the common case, passes through
 * unchanged and uncopied.
 */
public final class WrappedLineCharFilter extends BaseCharFilter {

    private char[] text;
    private int length;
    private int position;

    /** Wraps the text of one field value. */
    public WrappedLineCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        if (text == null) {
            load();
        }
        if (position >= length) {
            return -1;
        }
        int copied = Math.min(count, length - position);
        System.arraycopy(text, position, buffer, offset, copied);
        position += copied;
        return copied;
    }

    private void load() throws IOException {
        char[] read = new char[1024];
        int filled = 0;
        for (int n; (n = input.read(read, filled, read.length - filled)) != -1;) {
            filled += n;
            if (filled == read.length) {
                read = Arrays.copyOf(read, read.length * 2);
            }
        }
        text = read;
        length = filled;
        if (indexOfLineFeed(0) >= 0) {
            joinWrappedLines();
        }
    }

    private int indexOfLineFeed(int from) {
        for (int i = from; i < length; i++) {
            if (text[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void joinWrappedLines() {
        char[] joined = new char[length];
        int out = 0;
        int copiedUpTo = 0;
        int removed = 0;
        for (int feed = indexOfLineFeed(0); feed >= 0; feed = indexOfLineFeed(feed + 1)) {
            int start = feed;
            while (start > copiedUpTo && isBlank(text[start - 1])) {
                start--;
            }
            int end = feed + 1;
            while (end < length && isBlank(text[end])) {
                end++;
            }
            if (start > copiedUpTo && end < length && isHan(Character.codePointBefore(text, start))
                    && isHan(Character.codePointAt(text, end, length))) {
                System.arraycopy(text, copiedUpTo, joined, out, start - copiedUpTo);
                out += start - copiedUpTo;
                removed += end - start;
                addOffCorrectMap(out, removed);
                copiedUpTo = end;
            }
            feed = end - 1;
        }
        System.arraycopy(text, copiedUpTo, joined, out, length - copiedUpTo);
        text = joined;
        length = out + length - copiedUpTo;
    }

    /** The characters the break may be surrounded by: Java's {@code \s} and the ideographic space. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u3000';
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
