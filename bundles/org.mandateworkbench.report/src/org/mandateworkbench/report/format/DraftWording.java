package org.mandateworkbench.report.format;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The fixed wording of a drafted document in the draft's language, from a properties bundle such as
 * wording.properties (English) and wording_zh.properties. Chosen by the draft language, never by the
 * user interface's locale, and without falling back to the JVM's default locale.
 */
public final class DraftWording {

    private final Locale locale;
    private final ResourceBundle bundle;

    private DraftWording(String bundleName, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(bundleName, locale, DraftWording.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * @param bundleName the base name of the properties bundle, inside the report bundle
     * @param language   the draft language
     */
    public static DraftWording of(String bundleName, DraftLanguage language) {
        return new DraftWording(bundleName, language == DraftLanguage.ZH ? Locale.CHINESE : Locale.ROOT);
    }

    /** The text for the key with {0}, {1} … replaced; arguments should be preformatted strings. */
    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** The text for an optional key, such as the display name of a topic. */
    public Optional<String> optional(String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
