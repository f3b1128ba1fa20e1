package org.mandateworkbench.model.query;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mandateworkbench.model.LocalizedString;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MultilingualText;

/**
 * Reads and writes the language-tagged values of a {@link MultilingualText}. Language tags are
 * compared without regard to case and by their primary language, so "zh" finds a value tagged
 * "zh-CN" when no exact "zh" value exists.
 */
public final class MultilingualTextQuery {

    private MultilingualTextQuery() {
    }

    /** @return a new text holding one value */
    public static MultilingualText of(String language, String value) {
        MultilingualText text = MandatesFactory.eINSTANCE.createMultilingualText();
        put(text, language, value);
        return text;
    }

    /** Sets the value for a language, replacing an existing value with exactly that tag. */
    public static void put(MultilingualText text, String language, String value) {
        for (LocalizedString existing : text.getValues()) {
            if (existing.getLanguage().equalsIgnoreCase(language)) {
                existing.setValue(value);
                return;
            }
        }
        LocalizedString added = MandatesFactory.eINSTANCE.createLocalizedString();
        added.setLanguage(language);
        added.setValue(value);
        text.getValues().add(added);
    }

    /** @return the value in the language, an exact tag first, else one of the same primary language */
    public static Optional<String> value(MultilingualText text, String language) {
        if (text == null || language == null) {
            return Optional.empty();
        }
        String primary = primary(language);
        String samePrimary = null;
        for (LocalizedString candidate : text.getValues()) {
            if (candidate.getLanguage() == null || candidate.getValue() == null) {
                continue;
            }
            if (candidate.getLanguage().equalsIgnoreCase(language)) {
                return Optional.of(candidate.getValue());
            }
            if (samePrimary == null && primary(candidate.getLanguage()).equals(primary)) {
                samePrimary = candidate.getValue();
            }
        }
        return Optional.ofNullable(samePrimary);
    }

    /**
     * @return the value in the first of the preferred languages that has one, else the first value
     *         of any language; empty only when the text holds no value at all
     */
    public static Optional<String> valueOrAny(MultilingualText text, List<String> preferredLanguages) {
        for (String language : preferredLanguages) {
            Optional<String> value = value(text, language);
            if (value.isPresent()) {
                return value;
            }
        }
        if (text == null) {
            return Optional.empty();
        }
        return text.getValues().stream().map(LocalizedString::getValue).filter(v -> v != null).findFirst();
    }

    private static String primary(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
