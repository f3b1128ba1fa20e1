package org.mandateworkbench.ingest.tests.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandateworkbench.ingest.recognize.ArticleRecognizer;
import org.mandateworkbench.ingest.recognize.ArticleReference;
import org.mandateworkbench.ingest.recognize.ChineseNumerals;

class ArticleRecognizerTest {

	private final ArticleRecognizer recognizer = new ArticleRecognizer();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"《公约》第四十六条第四款规定|第四十六条第四款|46|4",
			"第 46 条第 4 款|第 46 条第 4 款|46|4",
			"第十六条|第十六条|16|0",
			"第一百零二条第二款|第一百零二条第二款|102|2",
			"under article 46, paragraph 4, of|article 46, paragraph 4|46|4",
			"article 44 (7) of|article 44 (7)|44|7",
			"Article 57 covers|Article 57|57|0" })
	void readsArticles(String text, String span, int article, int paragraph) {
		List<ArticleReference> found = recognizer.recognize(text);
		assertEquals(1, found.size(), text);
		ArticleReference a = found.get(0);
		assertEquals(span, text.substring(a.start(), a.end()));
		assertEquals(article, a.article());
		assertEquals(paragraph, a.paragraph());
	}

	@Test
	void ignoresArticlesOfSpeechAndOtherOrdinals() {
		assertTrue(recognizer.recognize("the articles were read; 第三届会议; particle 5").isEmpty());
	}

	@ParameterizedTest
	@CsvSource({ "一,1", "十,10", "十六,16", "四十六,46", "二十,20", "一百零二,102", "两千零一十八,2018", "46,46", "４６,46", "abc,-1", "'',-1" })
	void readsChineseNumerals(String text, int value) {
		assertEquals(value, ChineseNumerals.parse(text));
	}
}
