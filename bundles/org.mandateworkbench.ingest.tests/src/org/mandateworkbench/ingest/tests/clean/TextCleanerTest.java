package org.mandateworkbench.ingest.tests.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.clean.CleanedText;
import org.mandateworkbench.ingest.clean.TextCleaner;
import org.mandateworkbench.ingest.tests.ImportFixtures;

class TextCleanerTest {

	private final TextCleaner cleaner = new TextCleaner();

	@Test
	void dropsJobNumbersAndPageOfPagesLines() {
		CleanedText cleaned = cleaner.clean("1. Erste Zeile.\nV.18-01234 2/12\n4/12\n- 3 -\n2. Zweite Zeile.\n");
		assertEquals("1. Erste Zeile.\n2. Zweite Zeile.\n", cleaned.text());
		assertTrue(cleaned.removals().stream().allMatch(r -> r.kind() == CleanedText.Kind.PAGE_MARK));
		assertEquals(3, cleaned.removals().size());
	}

	@Test
	void keepsFirstRunningTitleAndDropsRepeats() {
		String text = "A/73/100\nbody one\nA/73/100\nbody two\nA/73/100\nbody three\n";
		CleanedText cleaned = cleaner.clean(text);
		assertEquals("A/73/100\nbody one\nbody two\nbody three\n", cleaned.text());
	}

	@Test
	void joinsSymbolBrokenAcrossLines() {
		CleanedText cleaned = cleaner.clean("见 CAC/COSP/EG.1/\n2019/L.1 号文件。");
		assertEquals("见 CAC/COSP/EG.1/2019/L.1 号文件。", cleaned.text());
		assertEquals(CleanedText.Kind.BROKEN_SYMBOL, cleaned.removals().get(0).kind());
	}

	@Test
	void removesSpacesBetweenChineseCharactersOnly() {
		CleanedText cleaned = cleaner.clean("任 务授权 执行 情况，2018 年 2 月 9 日");
		assertEquals("任务授权执行情况，2018 年 2 月 9 日", cleaned.text());
	}

	@Test
	void joinsChineseLinesCutByThePageWidth() {
		String text = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地\n\n"
				+ "玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余\n\n"
				+ "成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈剑号\n\n"
				+ "巨阙。\n\n"
				+ "2. 新的段落从这里开始，不与上一行相连。";
		CleanedText cleaned = cleaner.clean(text);
		assertEquals("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余"
				+ "成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈剑号巨阙。\n\n2. 新的段落从这里开始，不与上一行相连。", cleaned.text());
		assertEquals(3, cleaned.removals().stream().filter(r -> r.kind() == CleanedText.Kind.LINE_WRAP).count());
	}

	@Test
	void keepsLinesOfTextWithOneLinePerParagraph() {
		String text = "资产追回工作组第十三次会议\n2019年5月6日至7日，维也纳\n";
		assertEquals(text, cleaner.clean(text).text());
	}

	@Test
	void removesFootnoteMarkersGluedToWords() {
		assertEquals("also covered by the Convention. Next", cleaner.clean("also covered by the Convention.3 Next").text());
		assertEquals("提及这项工作。", cleaner.clean("提及这项工作12。").text());
	}

	@Test
	void keepsNumbersThatAreNotMarkers() {
		String text = "有 13 个缔约国，有13个缔约国，共13。CAC/COSP/EG.1 and article 46 of resolution 7/1.";
		assertEquals(text, cleaner.clean(text).text());
	}

	@Test
	void dropsLinkLineRepeatingASymbolButKeepsAnUnrelatedLink() {
		String text = "see A/RES/71/208.\nhttp://undocs.org/A/RES/71/208\nhttp://undocs.org/A/RES/70/1\n";
		CleanedText cleaned = cleaner.clean(text);
		assertEquals("see A/RES/71/208.\nhttp://undocs.org/A/RES/70/1\n", cleaned.text());
		assertEquals(CleanedText.Kind.SYMBOL_LINK, cleaned.removals().get(0).kind());
	}

	@Test
	void mapsEveryCleanedCharacterToTheSameSourceCharacter() {
		String source = ImportFixtures.CHINESE_NOTE.replace("\n", "\r\n");
		CleanedText cleaned = cleaner.clean(source);
		for (int i = 0; i < cleaned.text().length(); i++) {
			char c = cleaned.text().charAt(i);
			char origin = source.charAt(cleaned.sourceOffset(i));
			assertTrue(c == origin || (c == '\n' && origin == '\r'), "offset " + i);
		}
		assertEquals(source.length(), cleaned.sourceOffset(cleaned.text().length()));
		assertFalse(cleaned.text().contains("\r"));
	}

	@Test
	void neverThrowsAndKeepsOffsetsRisingOnRandomText() {
		long seed = 20261126L;
		Random random = new Random(seed);
		String alphabet = "ab AZ/.-0123456789\n\r\t年月日第号决议缔约国、，。()*V";
		for (int round = 0; round < 500; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(200);
			for (int i = 0; i < length; i++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			CleanedText cleaned = cleaner.clean(text.toString());
			int previous = -1;
			for (int i = 0; i <= cleaned.text().length(); i++) {
				int origin = cleaned.sourceOffset(i);
				assertTrue(origin > previous && origin <= text.length(), "seed " + seed + " round " + round);
				previous = origin;
			}
		}
	}
}
