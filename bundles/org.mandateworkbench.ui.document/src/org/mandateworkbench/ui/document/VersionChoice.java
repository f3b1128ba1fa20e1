package org.mandateworkbench.ui.document;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.LanguageVersion;

/**
 * Which language version of a document a reader shows: the language asked for if the document has
 * it with text; else the original, else the first version with text; a version without text only
 * when none has any (the one asked for, else the original, else the first).
 */
public final class VersionChoice {

	private VersionChoice() {
	}

	/**
	 * @param language the language asked for ({@code "en"}, {@code "zh"}), or null
	 * @return the version to show, or null when the document has none
	 */
	public static LanguageVersion of(Document document, String language) {
		List<LanguageVersion> versions = document.getVersions();
		List<LanguageVersion> withText = versions.stream().filter(VersionChoice::hasText).toList();
		LanguageVersion chosen = preferred(withText, language);
		return chosen != null ? chosen : preferred(versions, language);
	}

	/** @return whether the version has text to read */
	public static boolean hasText(LanguageVersion version) {
		return version.getText() != null && !version.getText().isBlank();
	}

	/** @return the document's version in the language (case-insensitive), or null */
	public static LanguageVersion inLanguage(Document document, String language) {
		return document.getVersions().stream().filter(inLanguage(language)).findFirst().orElse(null);
	}

	/** @return the versions in the order a language switch offers them: the original first, then by language */
	public static List<LanguageVersion> ordered(Document document) {
		return document.getVersions().stream()
				.sorted(Comparator.comparing((LanguageVersion v) -> !v.isOriginal()).thenComparing(VersionChoice::language))
				.toList();
	}

	private static LanguageVersion preferred(List<LanguageVersion> versions, String language) {
		if (versions.isEmpty()) {
			return null;
		}
		return versions.stream().filter(inLanguage(language)).findFirst()
				.orElseGet(() -> versions.stream().filter(LanguageVersion::isOriginal).findFirst().orElse(versions.getFirst()));
	}

	private static Predicate<LanguageVersion> inLanguage(String language) {
		return version -> language != null && language.equalsIgnoreCase(language(version));
	}

	private static String language(LanguageVersion version) {
		return version.getLanguage() == null ? "" : version.getLanguage().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}
}
