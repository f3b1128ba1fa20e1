package org.mandateworkbench.ui.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.segment.Segmentation.Span;
import org.mandateworkbench.ui.document.Reveal;
import org.mandateworkbench.ui.document.RevealQuery;

/** What a reader highlights for a paragraph or an offset, with the index's segmentation. */
class RevealQueryTest {

	/** A report with a head line, a lead-in passage, a paragraph cut by a page's footnote, and an annex. */
	private static final String REPORT = String.join("\n", //
			"Report of the meeting", //
			"", //
			"I. Introduction", //
			"", //
			"The meeting was held in Vienna over two days and heard several speakers.", //
			"", //
			"1. The working group met twice to review the replies of States.", //
			"", //
			"2. The secretariat summarized the replies received so far and the gaps that remain", //
			"__________________", //
			"1 See the note verbale of 9 February 2018.", //
			"which it will address in the next note.", //
			"", //
			"3. States were invited to keep the secretariat informed.", //
			"", //
			"II. Annex", //
			"", //
			"The replies follow in the order they arrived.", //
			""); //

	private static final String CHINESE = String.join("\n", //
			"一、导言", //
			"", //
			"1. 工作组举行了两次会议，审查各国的答复。", //
			"", //
			"2. 秘书处汇总了迄今收到的答复。", //
			"");

	@Test
	void aParagraphIsHighlightedWithItsContinuationAfterTheFootnotes() {
		Reveal reveal = RevealQuery.of(REPORT, "2", -1);
		assertEquals(Reveal.Kind.PARAGRAPH, reveal.kind());
		assertEquals("2", reveal.label());
		assertEquals(List.of("2. The secretariat summarized the replies received so far and the gaps that remain",
				"which it will address in the next note."), texts(REPORT, reveal));
		assertEquals(REPORT.indexOf("2. The secretariat"), reveal.top());
		assertEquals("2", reveal.paragraph());
	}

	@Test
	void aParagraphWithoutContinuationIsOneRange() {
		Reveal reveal = RevealQuery.of(REPORT, " 3 ", -1);
		assertEquals(List.of("3. States were invited to keep the secretariat informed."), texts(REPORT, reveal));
	}

	@Test
	void theIndexSuffixOfARepeatedNumberIsIgnored() {
		assertEquals(List.of("1. The working group met twice to review the replies of States."),
				texts(REPORT, RevealQuery.of(REPORT, "1-5", -1)));
	}

	@Test
	void aMissingParagraphHighlightsNothingAndSaysWhichNumber() {
		Reveal reveal = RevealQuery.of(REPORT, "27", -1);
		assertEquals(Reveal.Kind.MISSING_PARAGRAPH, reveal.kind());
		assertEquals("27", reveal.label());
		assertEquals(List.of(), reveal.ranges());
		assertEquals(-1, reveal.top());
		// the number is kept for the other language version
		assertEquals("27", reveal.paragraph());
		assertEquals(Reveal.Kind.MISSING_PARAGRAPH, RevealQuery.of(REPORT, "27-12", -1).kind());
		assertEquals("27", RevealQuery.of(REPORT, "27-12", -1).label());
		assertEquals(Reveal.Kind.MISSING_PARAGRAPH, RevealQuery.of(REPORT, "para 2", -1).kind());
	}

	@Test
	void paragraphZeroOfTheModelAsksForNoParagraph() {
		assertEquals(Reveal.NONE, RevealQuery.of(REPORT, "0", -1));
		assertEquals(Reveal.Kind.PASSAGE, RevealQuery.of(REPORT, "0", REPORT.indexOf("Vienna")).kind());
	}

	@Test
	void aMissingParagraphFallsBackToTheOffset() {
		int offset = REPORT.indexOf("States were invited");
		Reveal reveal = RevealQuery.of(REPORT, "27", offset);
		assertEquals(Reveal.Kind.PARAGRAPH, reveal.kind());
		assertEquals("3", reveal.label());
	}

	@Test
	void anOffsetInAFootnoteHighlightsTheFootnote() {
		Reveal reveal = RevealQuery.of(REPORT, null, REPORT.indexOf("9 February 2018"));
		assertEquals(Reveal.Kind.FOOTNOTE, reveal.kind());
		assertEquals("1", reveal.label());
		assertEquals(List.of("1 See the note verbale of 9 February 2018."), texts(REPORT, reveal));
		assertNull(reveal.paragraph());
	}

	@Test
	void anOffsetInAPassageHighlightsThePassage() {
		Reveal reveal = RevealQuery.of(REPORT, "", REPORT.indexOf("Vienna"));
		assertEquals(Reveal.Kind.PASSAGE, reveal.kind());
		assertEquals(List.of("The meeting was held in Vienna over two days and heard several speakers."), texts(REPORT, reveal));
	}

	@Test
	void anOffsetInAContinuationHighlightsTheWholeParagraph() {
		Reveal reveal = RevealQuery.of(REPORT, null, REPORT.indexOf("next note"));
		assertEquals(Reveal.Kind.PARAGRAPH, reveal.kind());
		assertEquals("2", reveal.label());
		assertEquals(2, reveal.ranges().size());
	}

	@Test
	void anOffsetOutsideEverySegmentHighlightsItsLine() {
		Reveal reveal = RevealQuery.of(REPORT, null, REPORT.indexOf("of the meeting"));
		assertEquals(Reveal.Kind.LINE, reveal.kind());
		assertEquals(List.of("Report of the meeting"), texts(REPORT, reveal));
		Reveal last = RevealQuery.of("no structure at all", null, 3);
		assertEquals(List.of("no structure at all"), texts("no structure at all", last));
	}

	@Test
	void anOffsetOutsideTheTextRevealsNothing() {
		assertEquals(Reveal.NONE, RevealQuery.of(REPORT, null, REPORT.length()));
		assertEquals(Reveal.NONE, RevealQuery.of(REPORT, null, -1));
	}

	@Test
	void aVersionWithoutTextRevealsNothing() {
		assertEquals(Reveal.NONE, RevealQuery.of(null, "2", 10));
		assertEquals(Reveal.NONE, RevealQuery.of("  \n ", "2", 1));
	}

	@Test
	void chineseParagraphsAreFoundByTheirNumbers() {
		Reveal reveal = RevealQuery.of(CHINESE, "2", -1);
		assertEquals(List.of("2. 秘书处汇总了迄今收到的答复。"), texts(CHINESE, reveal));
	}

	/** Any offset in the text: the highlighted ranges hold it, lie in the text, in order and apart. */
	@Test
	void randomOffsetsAreAlwaysInsideWhatIsHighlighted() {
		Random random = new Random(20261126L);
		String[] lines = { "1. First paragraph of the text.", "2. Second paragraph that goes on", "______",
				"3 A footnote that ends here.", "and continues after the footnote.", "", "II. Annex",
				"An unnumbered passage.", "4. Fourth.", "   ", "* An asterisk footnote." };
		for (int run = 0; run < 300; run++) {
			StringBuilder text = new StringBuilder();
			for (int line = random.nextInt(12) + 1; line > 0; line--) {
				text.append(lines[random.nextInt(lines.length)]).append('\n');
			}
			String shown = text.toString();
			int offset = random.nextInt(shown.length());
			Reveal reveal = RevealQuery.of(shown, null, offset);
			if (shown.isBlank()) {
				assertEquals(Reveal.NONE, reveal);
				continue;
			}
			int before = 0;
			boolean holds = false;
			for (Span range : reveal.ranges()) {
				assertTrue(before <= range.start() && range.start() <= range.end() && range.end() <= shown.length(),
						() -> reveal + " in " + shown);
				holds |= range.start() <= offset && offset < range.end();
				before = range.end();
			}
			boolean onBlank = shown.charAt(offset) == '\n' || Character.isWhitespace(shown.charAt(offset));
			assertTrue(holds || onBlank, () -> "offset " + offset + " outside " + reveal + " in\n" + shown);
		}
	}

	private static List<String> texts(String text, Reveal reveal) {
		return reveal.ranges().stream().map(range -> text.substring(range.start(), range.end())).toList();
	}
}
