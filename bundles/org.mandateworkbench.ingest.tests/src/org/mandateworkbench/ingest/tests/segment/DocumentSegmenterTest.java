package org.mandateworkbench.ingest.tests.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.clean.TextCleaner;
import org.mandateworkbench.ingest.segment.DocumentSegmenter;
import org.mandateworkbench.ingest.segment.Segmentation;
import org.mandateworkbench.ingest.tests.ImportFixtures;

class DocumentSegmenterTest {

	private final DocumentSegmenter segmenter = new DocumentSegmenter();

	@Test
	void findsChineseSectionsParagraphsItemsAndFootnotes() {
		String text = new TextCleaner().clean(ImportFixtures.CHINESE_NOTE).text();
		Segmentation s = segmenter.segment(text);
		assertEquals(List.of("一", "二"), s.sections().stream().map(Segmentation.Section::label).toList());
		assertFalse(s.sections().get(0).recommendations());
		assertTrue(s.sections().get(1).recommendations());
		assertEquals(List.of(1, 2, 3, 4, 5), s.paragraphs().stream().map(Segmentation.Paragraph::number).toList());
		Segmentation.Paragraph last = s.paragraphs().get(4);
		assertEquals(1, last.section());
		assertEquals("abc", last.items().stream().map(i -> String.valueOf(i.letter())).reduce("", String::concat));
		assertEquals("鼓励缔约国指定中央机关；", text.substring(last.items().get(1).textStart(), last.items().get(1).end()));
		assertEquals(List.of("*", "1"), s.footnotes().stream().map(Segmentation.Footnote::marker).toList());
	}

	@Test
	void findsEnglishRomanAndLetterHeadings() {
		Segmentation s = segmenter.segment("I. Introduction\n1. Text.\nA. Extradition\n2. More text.\nII. Conclusions and recommendations\n3. End.");
		assertEquals(List.of("I", "A", "II"), s.sections().stream().map(Segmentation.Section::label).toList());
		assertTrue(s.sections().get(2).recommendations());
		assertEquals(2, s.paragraphs().get(2).section());
	}

	@Test
	void findsChineseHeadingWithFullStopAndEnglishFootnotes() {
		Segmentation s = segmenter.segment("一. 引言\n1. 正文。\n3 See the report.\n12 March 2019\n");
		assertEquals(List.of("一"), s.sections().stream().map(Segmentation.Section::label).toList());
		assertEquals(List.of("3"), s.footnotes().stream().map(Segmentation.Footnote::marker).toList());
		assertEquals("1. 正文。", "一. 引言\n1. 正文。".substring(s.paragraphs().get(0).start(), s.paragraphs().get(0).end()));
	}

	@Test
	void paragraphEndsBeforeTheNextParagraph() {
		String text = "1. First line\ncontinues here.\n2. Second.";
		Segmentation s = segmenter.segment(text);
		assertEquals("1. First line\ncontinues here.", text.substring(s.paragraphs().get(0).start(), s.paragraphs().get(0).end()));
	}

	@Test
	void ignoresNumbersThatJumpTooFarAndLettersOutOfOrder() {
		Segmentation s = segmenter.segment("1. One (b) not an item (a) item (c) not (b) item.\n2018. Not a paragraph.");
		assertEquals(1, s.paragraphs().size());
		assertEquals("ab", s.paragraphs().get(0).items().stream().map(i -> String.valueOf(i.letter())).reduce("", String::concat));
	}

	@Test
	void emptyTextHasNoStructure() {
		Segmentation s = segmenter.segment("");
		assertTrue(s.sections().isEmpty() && s.paragraphs().isEmpty() && s.footnotes().isEmpty());
	}
}
