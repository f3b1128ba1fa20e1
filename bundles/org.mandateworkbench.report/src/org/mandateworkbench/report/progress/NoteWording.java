package org.mandateworkbench.report.progress;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.mandateworkbench.report.format.DraftLanguage;

/**
 * The fixed wording of the progress note in the draft's language, from wording.properties
 * (English) and wording_zh.properties. Chosen by the draft language, never by the user
 * interface's locale, and without falling back to the JVM's default locale.
 */
final class NoteWording {

    private static final String BUNDLE = "org.mandateworkbench.report.progress.wording";

    private final Locale locale;
    private final ResourceBundle bundle;

    private NoteWording(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NoteWording.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static NoteWording of(DraftLanguage language) {
        return new NoteWording(language == DraftLanguage.ZH ? Locale.CHINESE : Locale.ROOT);
    }

    /** The text for the key with {0}, {1} … replaced; arguments should be preformatted strings. */
    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** The text for an optional key, such as the display name of a topic. */
    Optional<String> optional(String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
