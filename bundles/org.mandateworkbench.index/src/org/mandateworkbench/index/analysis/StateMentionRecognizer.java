package org.mandateworkbench.index.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArrayMap;
import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.model.reference.StateReference;

/**
 * Finds the States a text names, in English or Chinese, so that state:Korea also finds passages that
 * mention the Republic of Korea. Leftmost longest match: longer names win over names inside them (Papua New Guinea is not
 * also Guinea, 赤道几内亚 is not also 几内亚, Democratic People's Republic of Korea is not also the
 * Republic of Korea). Latin names match whole words only, ignoring case, except all-capital aliases
 * such as US, which must match exactly. Codes written in the text are not recognized.
 */
public final class StateMentionRecognizer {

    private static final int START_HASHES = 1 << 16;
    private static final StateMentionRecognizer STANDARD = new StateMentionRecognizer(StateCatalog.standard());

    private record Name(String text, String iso3, boolean latin, boolean exactCase) {
    }

    // Latin names by their first word (case ignored), longest first: tried only where a word starts,
    // after one look-up of the word there.
    private final CharArrayMap<List<Name>> latinByFirstWord = new CharArrayMap<>(256, true);
    private int longestFirstWord;
    // Names with ideographs by their first two characters (lower case), longest first: they may start
    // inside a word, since Chinese puts no space between words.
    private final Map<Integer, List<Name>> ideographicByStart = new HashMap<>();
    // Characters, in any case, that start a name with ideographs: other positions inside a word are
    // passed over after one bit test.
    private final BitSet ideographicFirstCharacters = new BitSet();
    // Hashed first two characters (lower case) of the names with ideographs, and of the Latin names
    // with the length of their first word: most positions fail a bit test before any look-up.
    private final BitSet ideographicStarts = new BitSet(START_HASHES);
    private final BitSet latinStarts = new BitSet(START_HASHES);

    /** @param catalog the States whose names are looked for */
    public StateMentionRecognizer(StateCatalog catalog) {
        Set<String> seen = new HashSet<>();
        Comparator<Name> longestFirst = Comparator.comparingInt((Name n) -> n.text().length()).reversed();
        for (StateReference state : catalog.all()) {
            for (String name : state.allNames()) {
                if (name == null || name.isBlank() || !seen.add(state.iso3() + '\t' + name.strip())) {
                    continue;
                }
                String text = name.strip();
                boolean latin = text.codePoints().noneMatch(Character::isIdeographic);
                boolean exactCase = latin && text.equals(text.toUpperCase(Locale.ROOT));
                if (text.length() < 2) {
                    // No State is named by one character; such an entry could never be looked up.
                    continue;
                }
                Name entry = new Name(text, state.iso3(), latin, exactCase);
                if (latin) {
                    int wordEnd = wordEnd(text.toCharArray(), 0);
                    latinStarts.set(latinKey(startKey(text.toCharArray(), 0), wordEnd));
                    longestFirstWord = Math.max(longestFirstWord, wordEnd);
                    List<Name> names = latinByFirstWord.get(text.toCharArray(), 0, wordEnd);
                    if (names == null) {
                        names = new ArrayList<>();
                        latinByFirstWord.put(text.substring(0, wordEnd), names);
                    }
                    names.add(entry);
                } else {
                    int start = startKey(text.toCharArray(), 0);
                    ideographicStarts.set(start >>> 16);
                    ideographicByStart.computeIfAbsent(start, c -> new ArrayList<>()).add(entry);
                    char first = text.charAt(0);
                    ideographicFirstCharacters.set(Character.toLowerCase(first));
                    ideographicFirstCharacters.set(Character.toUpperCase(first));
                }
            }
        }
        latinByFirstWord.values().forEach(list -> list.sort(longestFirst));
        ideographicByStart.values().forEach(list -> list.sort(longestFirst));
    }

    /** @return the recognizer over the bundled State list */
    public static StateMentionRecognizer standard() {
        return STANDARD;
    }

    /**
     * Scans the text from the left and takes, at each position, the longest name that matches there.
     *
     * @return the ISO alpha-3 codes of the States the text names, in order of appearance
     */
    public Set<String> recognize(String text) {
        Set<String> codes = new LinkedHashSet<>();
        if (text == null) {
            return codes;
        }
        char[] chars = text.toCharArray();
        int at = 0;
        while (at < chars.length) {
            Name found = longestAt(text, chars, at);
            if (found == null) {
                at++;
                // No name starts inside a run of ASCII letters and digits: Latin names start words, and
                // names with ideographs start with an ideograph.
                while (at < chars.length && isAsciiLetterOrDigit(chars[at]) && isAsciiLetterOrDigit(chars[at - 1])) {
                    at++;
                }
            } else {
                codes.add(found.iso3());
                at += found.text().length();
            }
        }
        return codes;
    }

    private Name longestAt(String text, char[] chars, int at) {
        if (at + 1 >= chars.length) {
            return null;
        }
        boolean ideographic = ideographicFirstCharacters.get(chars[at]);
        boolean wordStart = at == 0 || !isLetterOrDigit(chars[at - 1]);
        if (!wordStart && !ideographic) {
            return null;
        }
        int start = startKey(chars, at);
        Name found = null;
        if (ideographic && ideographicStarts.get(start >>> 16)) {
            found = firstMatch(ideographicByStart.get(start), text, at);
        }
        if (wordStart) {
            int wordLength = wordEnd(chars, at) - at;
            if (wordLength <= longestFirstWord && latinStarts.get(latinKey(start, wordLength))) {
                Name latin = firstMatch(latinByFirstWord.get(chars, at, wordLength), text, at);
                if (latin != null && (found == null || latin.text().length() > found.text().length())) {
                    found = latin;
                }
            }
        }
        return found;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    /** @return the first (longest) of the names that is written at that position, or null */
    private static Name firstMatch(List<Name> candidates, String text, int at) {
        if (candidates == null) {
            return null;
        }
        for (Name name : candidates) {
            int length = name.text().length();
            if (at + length <= text.length() && text.regionMatches(!name.exactCase(), at, name.text(), 0, length)
                    && (!name.latin() || wholeWord(text, at, length))) {
                return name;
            }
        }
        return null;
    }

    /** @return the end of the run of letters and digits at {@code at}, or {@code at + 1} if there is none */
    private static int wordEnd(char[] text, int at) {
        int end = at;
        while (end < text.length && isLetterOrDigit(text[end])) {
            end++;
        }
        return Math.max(end, at + 1);
    }

    /** The first two characters in lower case, spread over the bits so that the keys hash well. */
    private static int startKey(char[] text, int at) {
        return (lowerCase(text[at]) << 16 | lowerCase(text[at + 1])) * 0x9E3779B1;
    }

    /** The start key of a Latin name's first word combined with the word's length. */
    private static int latinKey(int startKey, int wordLength) {
        return (startKey + wordLength * 0x7F4A7C15) * 0x9E3779B1 >>> 16;
    }

    private static char lowerCase(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
    }

    private static boolean wholeWord(String text, int at, int length) {
        boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
        int end = at + length;
        boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return before && after;
    }
}
