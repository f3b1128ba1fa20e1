package org.mandateworkbench.ingest.tests.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.clean.TextCleaner;

/** Numbers that end a symbol part or follow an abbreviation are not footnote markers. */
class TextCleanerSymbolNumberTest {

	private final TextCleaner cleaner = new TextCleaner();

	@Test
	void keepsAddendumAndRevisionNumbersInChineseText() {
		String text = "报告载于 CTOC/COP/WG.2/2019/L.2/Add.1 和 CTOC/COP/WG.2/2019/INF/2/Rev.1 号文件。";
		assertEquals(text, cleaner.clean(text).text());
	}

	@Test
	void keepsAddendumAndRevisionNumbersInEnglishText() {
		String text = "See CAC/COSP/2019/L.1/Add.1 and A/CONF.234/INF/1/Rev.1 for details.";
		assertEquals(text, cleaner.clean(text).text());
	}

	@Test
	void keepsNumbersAfterAbbreviations() {
		String text = "as set out in para.3 and No.5 of the annex";
		assertEquals(text, cleaner.clean(text).text());
	}

	@Test
	void stillDropsFootnoteMarkersAfterWords() {
		assertEquals("the Convention. Next", cleaner.clean("the Convention.4 Next").text());
		assertEquals("提交了资料，并且", cleaner.clean("提交了资料1，并且").text());
	}
}
