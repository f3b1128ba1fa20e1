package org.mandateworkbench.ingest.merge.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.query.MultilingualTextQuery;

/**
 * Texts an import writes into the model (names of created mandates and indicators), in every language
 * the workspace keeps: English and Chinese, whatever the language of the user interface.
 */
public final class ModelTexts {

	/** Title of a mandate created for imported notes verbales; {0} the document symbol. */
	public static final String MANDATE_TITLE = "mandateTitle"; //$NON-NLS-1$
	/** Name of a replies indicator of a note verbale; {0} its date. */
	public static final String REPLIES_TO_NOTE = "repliesToNote"; //$NON-NLS-1$
	/** Name of a replies indicator of a document without a note verbale; {0} the document symbol. */
	public static final String REPLIES_IN_DOCUMENT = "repliesInDocument"; //$NON-NLS-1$
	/** Note of an imported observation; {0} the document symbol. */
	public static final String OBSERVATION_NOTE = "observationNote"; //$NON-NLS-1$

	private static final String BUNDLE = "org.mandateworkbench.ingest.merge.internal.modeltexts"; //$NON-NLS-1$
	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.CHINESE);

	private ModelTexts() {
	}

	/** The text under {@code key} in English and Chinese, with {@code argument} filled in. */
	public static MultilingualText text(String key, String argument) {
		MultilingualText text = null;
		for (Locale language : LANGUAGES) {
			String value = MessageFormat.format(bundle(language).getString(key), argument);
			if (text == null) {
				text = MultilingualTextQuery.of(language.getLanguage(), value);
			} else {
				MultilingualTextQuery.put(text, language.getLanguage(), value);
			}
		}
		return text;
	}

	/** The text under {@code key} with a date written as each language writes dates. */
	public static MultilingualText dated(String key, LocalDate date) {
		MultilingualText text = null;
		for (Locale language : LANGUAGES) {
			ResourceBundle bundle = bundle(language);
			String day = DateTimeFormatter.ofPattern(bundle.getString("datePattern"), language).format(date); //$NON-NLS-1$
			String value = MessageFormat.format(bundle.getString(key), day);
			if (text == null) {
				text = MultilingualTextQuery.of(language.getLanguage(), value);
			} else {
				MultilingualTextQuery.put(text, language.getLanguage(), value);
			}
		}
		return text;
	}

	private static ResourceBundle bundle(Locale language) {
		return ResourceBundle.getBundle(BUNDLE, language, ModelTexts.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}
}
