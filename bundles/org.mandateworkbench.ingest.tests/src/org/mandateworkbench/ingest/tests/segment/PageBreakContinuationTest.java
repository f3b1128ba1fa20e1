package org.mandateworkbench.ingest.tests.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.clean.TextCleaner;
import org.mandateworkbench.ingest.recognize.Addressee;
import org.mandateworkbench.ingest.recognize.Recommendation;
import org.mandateworkbench.ingest.recognize.RecommendationRecognizer;
import org.mandateworkbench.ingest.segment.Segmentation;

/**
 * A paragraph cut by a page break goes on after the page's footnotes and furniture; the footnotes stay
 * footnotes; and no text of a document is lost (golden fixtures in zh and en, then random documents).
 */
class PageBreakContinuationTest {

	@Test
	void chineseParagraphContinuesAfterThePagesFootnotes() {
		String text = new TextCleaner().clean(PageBreakFixtures.CHINESE).text();
		Segmentation s = TextCoverage.assertNothingLost(PageBreakFixtures.CHINESE);
		Segmentation.Paragraph second = s.paragraphs().get(1);
		assertEquals(2, second.number());
		assertEquals(1, second.continuations().size());
		String joined = squeeze(second.text(text));
		assertTrue(joined.endsWith(squeeze(PageBreakFixtures.CHINESE_CONTINUATION)), joined);
		assertTrue(joined.contains("行政扣留，并请求另一国提供银行记录。"), joined);
		assertFalse(joined.contains("电子邮件") || joined.contains("CTOC") || joined.contains("___"), joined);

		assertEquals(List.of("1", "2", "3"), s.footnotes().stream().map(Segmentation.Footnote::marker).toList());
		Segmentation.Footnote first = s.footnotes().get(0);
		assertEquals("海关法第十二条允许在不经法院命令的情况下扣留货物最长三十天，见该国提交的答复。",
				squeeze(text.substring(first.textStart(), first.end())));
		int continuation = text.indexOf("其后");
		assertEquals(2, s.paragraphAt(continuation).orElseThrow().number());
		assertTrue(s.paragraphAt(first.start()).isEmpty());

		assertEquals(1, s.passages().size());
		Segmentation.Passage passage = s.passages().get(0);
		assertEquals(1, passage.section());
		assertEquals("工作组不妨审议下列建议：", text.substring(passage.start(), passage.end()));
		assertEquals("秘书处应当继续收集案例。", text.substring(text.indexOf("秘书处应当"), s.paragraphs().get(2).end()));
	}

	@Test
	void englishParagraphContinuesAfterThePagesFootnotes() {
		String text = new TextCleaner().clean(PageBreakFixtures.ENGLISH).text();
		Segmentation s = TextCoverage.assertNothingLost(PageBreakFixtures.ENGLISH);
		Segmentation.Paragraph second = s.paragraphs().get(1);
		String joined = second.text(text).replaceAll("\\s+", " ");
		assertTrue(joined.endsWith(PageBreakFixtures.ENGLISH_CONTINUATION), joined);
		assertTrue(joined.startsWith("2. In a case about smuggled timber"), joined);
		assertFalse(joined.contains("electronic mail") || joined.contains("thirty"), joined);
		Segmentation.Footnote first = s.footnotes().get(0);
		assertEquals("The customs code allows goods to be held without a court order for up to thirty days; see the reply of that State.",
				text.substring(first.textStart(), first.end()).replaceAll("\\s+", " "));
		assertEquals("The request was sent by electronic mail.",
				text.substring(s.footnotes().get(1).textStart(), s.footnotes().get(1).end()));
		assertEquals(List.of(1, 2, 3), s.paragraphs().stream().map(Segmentation.Paragraph::number).toList());
		assertEquals("3. The Secretariat should keep collecting cases.",
				text.substring(s.paragraphs().get(2).start(), s.paragraphs().get(2).end()));
	}

	@Test
	void paragraphWithoutPageBreakIsOnePart() {
		String text = "1. First line\ncontinues here.\n2. Second.";
		Segmentation s = TextCoverage.assertNothingLost(text);
		assertTrue(s.paragraphs().get(0).continuations().isEmpty());
		assertEquals("1. First line\ncontinues here.", s.paragraphs().get(0).text(text));
	}

	@Test
	void footnoteWithoutFullStopTakesTheNextLineAndAsteriskNoteDoesNot() {
		String text = "1. Start of the text\n 1 Footnote cut off\n going on.\n * CTOC/COP/WG.9/2031/1\nrest of the paragraph.";
		Segmentation s = TextCoverage.assertNothingLost(text);
		assertEquals(" going on.", text.substring(s.footnotes().get(0).end() - " going on.".length(), s.footnotes().get(0).end()));
		assertEquals("* CTOC/COP/WG.9/2031/1", text.substring(s.footnotes().get(1).start(), s.footnotes().get(1).end()));
		assertEquals("1. Start of the text\nrest of the paragraph.", s.paragraphs().get(0).text(text));
	}

	@Test
	void webAddressCutAtADotGoesOnInTheFootnote() {
		String text = "1. Start of the text\n 1 See www.example.org/reports/annual.\n html.\n 2 See the report.\nrest of the paragraph.";
		Segmentation s = TextCoverage.assertNothingLost(text);
		assertEquals(" 1 See www.example.org/reports/annual.\n html.".strip(),
				text.substring(s.footnotes().get(0).start(), s.footnotes().get(0).end()));
		assertEquals("1. Start of the text\nrest of the paragraph.", s.paragraphs().get(0).text(text));
	}

	@Test
	void lettersGoOnAfterThePagesFootnotes() {
		String source = """
				III. Conclusions and recommendations

				5. The working group may wish to recommend that:
				(a) The Secretariat should gather cases;
				(b) States parties are encouraged to name
				__________________
				 4 Named in the reply of one State.
				V.31-01234 3/4
				contact points;
				(c) Member States should consider sharing forms.
				""";
		String text = new TextCleaner().clean(source).text();
		Segmentation s = TextCoverage.assertNothingLost(source);
		Segmentation.Paragraph five = s.paragraphs().get(0);
		assertEquals(List.of('a', 'b', 'c'), five.items().stream().map(Segmentation.Item::letter).toList());
		Segmentation.Item c = five.items().get(2);
		assertEquals("Member States should consider sharing forms.", text.substring(c.textStart(), c.end()));
		assertEquals("States parties are encouraged to name", text.substring(five.items().get(1).textStart(), five.items().get(1).end()));
		List<Recommendation> found = new RecommendationRecognizer().recognize(text, s);
		assertEquals(List.of(Addressee.SECRETARIAT, Addressee.STATES_PARTIES, Addressee.MEMBER_STATES),
				found.stream().map(Recommendation::addressee).toList());
	}

	/**
	 * Random notes in both languages with page breaks inside paragraphs: every word of a paragraph is in
	 * that paragraph's text and no other unit's, every word of a footnote in that footnote only.
	 */
	@Test
	void randomDocumentsLoseNoText() {
		Random random = new Random(20261126L);
		for (int round = 0; round < 300; round++) {
			RandomNote note = new RandomNote(random, round % 2 == 0);
			String source = note.build();
			String text = new TextCleaner().clean(source).text();
			Segmentation s = TextCoverage.assertNothingLost(source);
			assertEquals(note.paragraphs.size(), s.paragraphs().size(), source);
			for (int p = 0; p < note.paragraphs.size(); p++) {
				String paragraph = s.paragraphs().get(p).text(text);
				for (String word : note.paragraphs.get(p)) {
					assertTrue(paragraph.contains(word), () -> word + " missing from " + paragraph + "\n" + source);
				}
				for (String word : note.footnoteWords) {
					assertFalse(paragraph.contains(word), () -> word + " glued into " + paragraph + "\n" + source);
				}
			}
			assertEquals(note.footnotes.size(), s.footnotes().size(), source);
			for (int f = 0; f < note.footnotes.size(); f++) {
				String footnote = text.substring(s.footnotes().get(f).start(), s.footnotes().get(f).end());
				for (String word : note.footnotes.get(f)) {
					assertTrue(footnote.contains(word), () -> word + " missing from footnote " + footnote + "\n" + source);
				}
			}
		}
	}

	private static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

	/** A generated note: sections, numbered paragraphs of unique words, page breaks with footnotes. */
	private static final class RandomNote {
		private static final String HAN = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月";
		private static final String[] CHINESE_LABELS = { "一", "二", "三", "四", "五" };
		private static final String[] ROMAN_LABELS = { "I", "II", "III", "IV", "V" };

		private final Random random;
		private final boolean chinese;
		private final StringBuilder out = new StringBuilder();
		final List<List<String>> paragraphs = new ArrayList<>();
		final List<List<String>> footnotes = new ArrayList<>();
		final List<String> footnoteWords = new ArrayList<>();
		private int counter;
		private int page = 1;

		RandomNote(Random random, boolean chinese) {
			this.random = random;
			this.chinese = chinese;
		}

		String build() {
			out.append("CTOC/COP/WG.9/2031/").append(1 + random.nextInt(9)).append('\n');
			out.append(chinese ? "秘书处的说明\n\n" : "Note by the Secretariat\n\n");
			int sections = 1 + random.nextInt(3);
			for (int k = 0; k < sections; k++) {
				out.append(chinese ? CHINESE_LABELS[k] + "、" : ROMAN_LABELS[k] + ". ").append(String.join(" ", words(2)))
						.append("\n\n");
				if (random.nextInt(3) == 0) {
					line(words(1 + random.nextInt(4)), true);
				}
				int count = 1 + random.nextInt(4);
				for (int i = 0; i < count; i++) {
					paragraph();
				}
			}
			return out.toString();
		}

		private void paragraph() {
			List<String> all = new ArrayList<>();
			int lines = 1 + random.nextInt(5);
			int breakAfter = lines > 1 && random.nextInt(5) < 2 ? 1 + random.nextInt(lines - 1) : -1;
			out.append(paragraphs.size() + 1).append(". ");
			for (int l = 0; l < lines; l++) {
				List<String> words = words(2 + random.nextInt(5));
				all.addAll(words);
				line(words, l == lines - 1);
				if (l + 1 == breakAfter) {
					pageBreak();
				}
			}
			paragraphs.add(all);
			out.append(random.nextBoolean() ? "\n" : "");
		}

		private void pageBreak() {
			if (random.nextBoolean()) {
				out.append("__________________\n");
			}
			int notes = 1 + random.nextInt(3);
			for (int n = 0; n < notes; n++) {
				List<String> words = new ArrayList<>();
				out.append(' ').append(footnotes.size() + 1).append(' ');
				int lines = 1 + random.nextInt(2);
				for (int l = 0; l < lines; l++) {
					List<String> some = words(2 + random.nextInt(3));
					words.addAll(some);
					if (l > 0) {
						out.append(' ');
					}
					line(some, l == lines - 1);
				}
				footnotes.add(words);
				footnoteWords.addAll(words);
			}
			page++;
			if (random.nextBoolean()) {
				out.append("V.31-0").append(1000 + random.nextInt(9000)).append(' ').append(page).append("/9\n");
			}
			if (random.nextBoolean()) {
				out.append(page).append('\n');
			}
		}

		/** Writes one line of words; only the last line of a unit ends a sentence. */
		private void line(List<String> words, boolean last) {
			out.append(String.join(chinese ? "，" : " ", words));
			out.append(last ? (chinese ? "。" : ".") : (chinese ? "，" : "")).append('\n');
		}

		/** Unique words: three Han characters, or "q" and four small letters. */
		private List<String> words(int count) {
			List<String> words = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = counter++;
				StringBuilder word = new StringBuilder(chinese ? "" : "q");
				int base = chinese ? HAN.length() : 26;
				for (int d = 0; d < (chinese ? 3 : 4); d++) {
					word.append(chinese ? HAN.charAt(n % base) : (char) ('a' + n % base));
					n /= base;
				}
				words.add(word.toString());
			}
			return words;
		}
	}
}
