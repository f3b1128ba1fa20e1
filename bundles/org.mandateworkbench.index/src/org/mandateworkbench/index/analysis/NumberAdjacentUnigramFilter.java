package org.mandateworkbench.index.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Follows {@link CJKBigramFilter}: where a bigram is next to a number, also gives the Han character on
 * that side on its own, at the bigram's position. 9日向 gives 日向 and 日; 截至2018 gives 截至 and 至.
 * A date or count typed in a query (2018年2月9日, 13个) leaves that character alone between numbers,
 * where it is a single term, so it now matches the same text in a sentence. Next to means at most
 * {@value #MAX_GAP} characters apart: Chinese documents often put a blank on each side of a number
 * (2018 年 2 月 9 日向).
 */
public final class NumberAdjacentUnigramFilter extends TokenFilter {

    private static final String NUMBER = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];
    /** Most characters between a number and a bigram next to it. */
    public static final int MAX_GAP = 2;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    /** Whether the next token is the first character of the bigram just given. */
    private boolean firstCharacterNext;
    /** A number read while its touching character was given first; given next. */
    private State heldNumber;
    private boolean previousIsNumber;
    private boolean previousIsBigram;
    private int previousEnd = -1;
    private int bigramLastCharacter;

    /** Wraps the output of a {@link CJKBigramFilter}. */
    public NumberAdjacentUnigramFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (firstCharacterNext) {
            // The attributes still hold the bigram given last.
            firstCharacterNext = false;
            int length = Character.charCount(Character.codePointAt(term.buffer(), 0, term.length()));
            term.setLength(length);
            single(offset.startOffset(), offset.startOffset() + length);
            return true;
        }
        if (heldNumber != null) {
            restoreState(heldNumber);
            heldNumber = null;
            remember(false, true);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String kind = type.type();
        if (CJKBigramFilter.DOUBLE_TYPE.equals(kind)) {
            firstCharacterNext = previousIsNumber && nextToPrevious();
            bigramLastCharacter = Character.codePointBefore(term.buffer(), term.length());
            remember(true, false);
            return true;
        }
        boolean number = NUMBER.equals(kind);
        if (number && previousIsBigram && nextToPrevious()) {
            heldNumber = captureState();
            int end = previousEnd;
            int length = Character.toChars(bigramLastCharacter, term.resizeBuffer(2), 0);
            term.setLength(length);
            single(end - length, end);
            previousIsBigram = false;
            return true;
        }
        remember(false, number);
        return true;
    }

    private boolean nextToPrevious() {
        return previousEnd >= 0 && offset.startOffset() - previousEnd <= MAX_GAP;
    }

    /** Makes the current token a single character at the position of the token before it. */
    private void single(int start, int end) {
        offset.setOffset(start, end);
        increment.setPositionIncrement(0);
        type.setType(CJKBigramFilter.SINGLE_TYPE);
    }

    private void remember(boolean bigram, boolean number) {
        previousIsBigram = bigram;
        previousIsNumber = number;
        previousEnd = offset.endOffset();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        firstCharacterNext = false;
        heldNumber = null;
        previousIsNumber = false;
        previousIsBigram = false;
        previousEnd = -1;
    }
}
