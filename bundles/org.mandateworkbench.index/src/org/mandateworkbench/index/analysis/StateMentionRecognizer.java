package org.mandateworkbench.index.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.model.reference.StateReference;

/**
 * Finds the States a text names, in English or Chinese, so that state:Korea also finds passages that
 * mention the Republic of Korea. Longer names win over names inside them (Papua New Guinea is not
 * also Guinea, 赤道几内亚 is not also 几内亚, Democratic People's Republic of Korea is not also the
 * Republic of Korea). Latin names match whole words only, ignoring case, except all-capital aliases
 * such as US, which must match exactly. Codes written in the text are not recognized.
 */
public final class StateMentionRecognizer {

    private static final StateMentionRecognizer STANDARD = new StateMentionRecognizer(StateCatalog.standard());

    private record Name(String text, String iso3, boolean latin, boolean exactCase) {
    }

    private final List<Name> names = new ArrayList<>();

    /** @param catalog the States whose names are looked for */
    public StateMentionRecognizer(StateCatalog catalog) {
        Set<String> seen = new LinkedHashSet<>();
        for (StateReference state : catalog.all()) {
            for (String name : state.allNames()) {
                if (name == null || name.isBlank() || !seen.add(state.iso3() + '\t' + name)) {
                    continue;
                }
                boolean latin = name.codePoints().noneMatch(Character::isIdeographic);
                boolean exactCase = latin && name.equals(name.toUpperCase(Locale.ROOT));
                names.add(new Name(name.strip(), state.iso3(), latin, exactCase));
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed());
    }

    /** @return the recognizer over the bundled State list */
    public static StateMentionRecognizer standard() {
        return STANDARD;
    }

    /** @return the ISO alpha-3 codes of the States the text names, in order of first look-up */
    public Set<String> recognize(String text) {
        Set<String> codes = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return codes;
        }
        boolean[] taken = new boolean[text.length()];
        for (Name name : names) {
            int length = name.text().length();
            for (int at = 0; at + length <= text.length(); at++) {
                if (text.regionMatches(!name.exactCase(), at, name.text(), 0, length)
                        && (!name.latin() || wholeWord(text, at, length)) && free(taken, at, length)) {
                    Arrays.fill(taken, at, at + length, true);
                    codes.add(name.iso3());
                    at += length - 1;
                }
            }
        }
        return codes;
    }

    private static boolean wholeWord(String text, int at, int length) {
        boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
        int end = at + length;
        boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return before && after;
    }

    private static boolean free(boolean[] taken, int at, int length) {
        for (int i = at; i < at + length; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
