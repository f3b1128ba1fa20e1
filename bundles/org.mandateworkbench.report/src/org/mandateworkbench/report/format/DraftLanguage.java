package org.mandateworkbench.report.format;

import java.util.Locale;

/**
 * The language a draft is written in. This is the language of the document being produced, which is
 * independent of the language of the user interface.
 */
public enum DraftLanguage {
	/** Chinese, following the conventions of United Nations Chinese documents. */
	ZH,
	/** English, following the conventions of United Nations English documents. */
	EN;

	/**
	 * Finds the draft language for a BCP 47 tag or locale-like string ("zh", "zh-CN", "en_GB").
	 *
	 * @throws IllegalArgumentException if the tag names neither Chinese nor English
	 */
	public static DraftLanguage fromTag(String tag) {
		String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
		return switch (language) {
		case "zh" -> ZH;
		case "en" -> EN;
		default -> throw new IllegalArgumentException("Unsupported draft language: " + tag);
		};
	}
}
