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

    private static final StateMentionRecognizer STANDARD = new StateMentionRecognizer(StateCatalog.standard());

    private record Name(String text, String iso3, boolean latin, boolean exactCase) {
    }

    // Names by their first two characters in lower case, longest first, so each text position is
    // tried against a few names only; Latin names only where a word starts.
    private final Map<Integer, List<Name>> namesByStart = new HashMap<>();
    // First characters (lower case) of all names, and of the names with ideographs, the only ones that
    // can start inside a word: most text positions are passed over without a look-up.
    private final BitSet firstCharacters = new BitSet();
    private final BitSet ideographicFirstCharacters = new BitSet();

    /** @param catalog the States whose names are looked for */
    public StateMentionRecognizer(StateCatalog catalog) {
        Set<String> seen = new HashSet<>();
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
                namesByStart.computeIfAbsent(start(text, 0), c -> new ArrayList<>())
                        .add(new Name(text, state.iso3(), latin, exactCase));
                char first = Character.toLowerCase(text.charAt(0));
                firstCharacters.set(first);
                if (!latin) {
                    ideographicFirstCharacters.set(first);
                }
            }
        }
        namesByStart.values().forEach(list -> list.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed()));
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
        int at = 0;
        while (at < text.length()) {
            Name found = longestAt(text, at);
            if (found == null) {
                at++;
            } else {
                codes.add(found.iso3());
                at += found.text().length();
            }
        }
        return codes;
    }

    private Name longestAt(String text, int at) {
        boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
        char first = Character.toLowerCase(text.charAt(at));
        if (at + 1 >= text.length() || !(wordStart ? firstCharacters : ideographicFirstCharacters).get(first)) {
            return null;
        }
        List<Name> candidates = namesByStart.get(start(text, at));
        if (candidates == null) {
            return null;
        }
        for (Name name : candidates) {
            int length = name.text().length();
            if ((wordStart || !name.latin()) && at + length <= text.length()
                    && text.regionMatches(!name.exactCase(), at, name.text(), 0, length)
                    && (!name.latin() || wholeWord(text, at, length))) {
                return name;
            }
        }
        return null;
    }

    private static int start(String text, int at) {
        return Character.toLowerCase(text.charAt(at)) << 16 | Character.toLowerCase(text.charAt(at + 1));
    }

    private static boolean wholeWord(String text, int at, int length) {
        boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
        int end = at + length;
        boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return before && after;
    }
}
