package org.mandateworkbench.ui.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.ui.document.VersionChoice;

/** Which language version a reader shows for a request's language. */
class VersionChoiceTest {

	private static final MandatesFactory F = MandatesFactory.eINSTANCE;

	@Test
	void theLanguageAskedForWhenItHasText() {
		Document document = document(version("zh", true, "中文"), version("en", false, "English"));
		assertEquals("en", VersionChoice.of(document, "en").getLanguage());
		assertEquals("zh", VersionChoice.of(document, "ZH").getLanguage());
	}

	@Test
	void theOriginalWhenTheLanguageIsMissingOrUnknown() {
		Document document = document(version("en", false, "English"), version("zh", true, "中文"));
		assertEquals("zh", VersionChoice.of(document, "fr").getLanguage());
		assertEquals("zh", VersionChoice.of(document, null).getLanguage());
	}

	@Test
	void theFirstWithTextWhenNoneIsTheOriginal() {
		Document document = document(version("en", false, "English"), version("zh", false, "中文"));
		assertEquals("en", VersionChoice.of(document, "fr").getLanguage());
	}

	@Test
	void aVersionWithTextRatherThanTheOneAskedForWithout() {
		Document document = document(version("en", true, null), version("zh", false, "中文"));
		assertEquals("zh", VersionChoice.of(document, "en").getLanguage());
		Document blank = document(version("en", false, "  "), version("zh", false, "中文"));
		assertEquals("zh", VersionChoice.of(blank, "en").getLanguage());
	}

	@Test
	void withoutAnyTextTheOneAskedForElseTheOriginal() {
		Document document = document(version("en", false, null), version("zh", true, null));
		assertEquals("en", VersionChoice.of(document, "en").getLanguage());
		assertEquals("zh", VersionChoice.of(document, "fr").getLanguage());
	}

	@Test
	void noVersionsNoChoice() {
		assertNull(VersionChoice.of(document(), "en"));
	}

	@Test
	void theSwitchOffersTheOriginalFirstThenByLanguage() {
		Document document = document(version("zh", false, null), version("fr", false, null), version("en", true, null));
		assertEquals(List.of("en", "fr", "zh"), VersionChoice.ordered(document).stream().map(LanguageVersion::getLanguage).toList());
		assertEquals("fr", VersionChoice.inLanguage(document, "FR").getLanguage());
		assertNull(VersionChoice.inLanguage(document, "ru"));
	}

	private static Document document(LanguageVersion... versions) {
		Document document = F.createDocument();
		document.getVersions().addAll(List.of(versions));
		return document;
	}

	private static LanguageVersion version(String language, boolean original, String text) {
		LanguageVersion version = F.createLanguageVersion();
		version.setLanguage(language);
		version.setOriginal(original);
		version.setText(text);
		return version;
	}
}
