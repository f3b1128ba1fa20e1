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
    // Hashed first two characters (lower case) of all names: most positions where a word starts fail
    // this bit test before any word is looked up.
    private final BitSet starts = new BitSet(START_HASHES);

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
                starts.set(startKey(text, 0) >>> 16);
                if (latin) {
                    int wordEnd = wordEnd(text.toCharArray(), 0);
                    longestFirstWord = Math.max(longestFirstWord, wordEnd);
                    List<Name> names = latinByFirstWord.get(text.toCharArray(), 0, wordEnd);
                    if (names == null) {
                        names = new ArrayList<>();
                        latinByFirstWord.put(text.substring(0, wordEnd), names);
                    }
                    names.add(entry);
                } else {
                    ideographicByStart.computeIfAbsent(startKey(text, 0), c -> new ArrayList<>()).add(entry);
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
        while (at < text.length()) {
            Name found = longestAt(text, chars, at);
            if (found == null) {
                at++;
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
        char first = chars[at];
        boolean wordStart = at == 0 || !isLetterOrDigit(chars[at - 1]);
        if (!wordStart && !ideographicFirstCharacters.get(first) || !starts.get(startKey(text, at) >>> 16)) {
            return null;
        }
        Name found = null;
        if (ideographicFirstCharacters.get(first)) {
            found = firstMatch(ideographicByStart.get(startKey(text, at)), text, at);
        }
        if (wordStart) {
            int wordEnd = wordEnd(chars, at);
            if (wordEnd - at <= longestFirstWord) {
                Name latin = firstMatch(latinByFirstWord.get(chars, at, wordEnd - at), text, at);
                if (latin != null && (found == null || latin.text().length() > found.text().length())) {
                    found = latin;
                }
            }
        }
        return found;
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
    private static int startKey(String text, int at) {
        return (lowerCase(text.charAt(at)) << 16 | lowerCase(text.charAt(at + 1))) * 0x9E3779B1;
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
