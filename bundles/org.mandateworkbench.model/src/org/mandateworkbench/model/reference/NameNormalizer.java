package org.mandateworkbench.model.reference;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Reduces a State or organization name to a look-up key, so that spellings that differ only in
 * case, spacing, full-width forms, accents, punctuation or a leading "the" find the same entry:
 * "Türkiye", "TURKIYE" and "ｔｕｒｋｉｙｅ" give one key, as do "Côte d'Ivoire" and "cote divoire".
 */
public final class NameNormalizer {

    private static final String ARTICLE = "the ";

    private NameNormalizer() {
    }

    /** @return the look-up key of a name; empty for null or a name of punctuation only */
    public static String normalize(CharSequence name) {
        if (name == null) {
            return "";
        }
        // NFKC folds full-width letters and ideographic spaces; NFD then splits accents off.
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (text.startsWith(ARTICLE)) {
            // UN lists write "the Sudan", "the Gambia": the article carries no meaning.
            text = text.substring(ARTICLE.length());
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
