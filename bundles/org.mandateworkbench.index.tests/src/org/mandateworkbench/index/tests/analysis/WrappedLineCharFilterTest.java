package org.mandateworkbench.index.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.analysis.WrappedLineCharFilter;

class WrappedLineCharFilterTest {

    /** The rule as a regular expression: the reference the filter must agree with. */
    private static final Pattern WRAPPED_LINE = Pattern.compile("(?<=\\p{IsHan})[\\s\u3000]*\\n[\\s\u3000]*(?=\\p{IsHan})");

    /** Pieces of random text; no Han character outside the BMP, which the expression's look-behind misses. */
    private static final String[] PIECES = { "资", "产", "追回", "a", "Norway", "7/1", "2019", " ", "\n", "\r\n",
            "\u3000", "\t", "，", "。", "(a)", "\n\n" };

    @Test
    void joinsHanCharactersAcrossALineBreakAndItsBlanks() throws IOException {
        assertEquals("资产追回", filtered("资\n产追回"));
        assertEquals("资产追回", filtered("资 \r\n\u3000\n产追回"));
        assertEquals("资产追回的", filtered("资\n产追\n回的"));
        assertEquals("𠀀产", filtered("𠀀\n产"));
    }

    @Test
    void keepsLineBreaksThatDoNotSplitAChineseWord() throws IOException {
        assertEquals("asset\nrecovery", filtered("asset\nrecovery"));
        assertEquals("2018\n年", filtered("2018\n年"));
        assertEquals("资 产", filtered("资 产"));
        assertEquals("资。\n产", filtered("资。\n产"));
        assertEquals("\n资\n", filtered("\n资\n"));
        assertEquals("", filtered(""));
    }

    @Test
    void mapsOffsetsBackToTheOriginalText() throws IOException {
        WrappedLineCharFilter filter = new WrappedLineCharFilter(new StringReader("资\n\n产追\n回"));
        assertEquals("资产追回", read(filter));
        assertEquals(List.of(0, 3, 4, 6, 7), offsets(filter, 4));
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomText() throws IOException {
        Random random = new Random(20261126L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(12); piece >= 0; piece--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String input = text.toString();
            PatternReplaceCharFilter reference = new PatternReplaceCharFilter(WRAPPED_LINE, "", new StringReader(input));
            WrappedLineCharFilter filter = new WrappedLineCharFilter(new StringReader(input));
            String expected = read(reference);
            assertEquals(expected, read(filter), input);
            assertEquals(offsets(reference, expected.length()), offsets(filter, expected.length()), input);
        }
    }

    @Test
    void readsTextLongerThanItsFirstBuffer() throws IOException {
        String line = "资产追回".repeat(700);
        assertEquals(line + line, filtered(line + "\n" + line));
    }

    private static String filtered(String text) throws IOException {
        return read(new WrappedLineCharFilter(new StringReader(text)));
    }

    private static String read(CharFilter filter) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[7];
        for (int n; (n = filter.read(buffer, 0, buffer.length)) != -1;) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    private static List<Integer> offsets(CharFilter filter, int length) {
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i <= length; i++) {
            offsets.add(filter.correctOffset(i));
        }
        return offsets;
    }
}
