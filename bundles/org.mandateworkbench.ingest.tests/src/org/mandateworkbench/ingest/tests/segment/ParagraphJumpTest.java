package org.mandateworkbench.ingest.tests.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.segment.DocumentSegmenter;
import org.mandateworkbench.ingest.segment.Segmentation;

/** A far jump in paragraph numbers is a paragraph when the next numbered line continues from it. */
class ParagraphJumpTest {

	private static List<Integer> numbers(String text) {
		return new DocumentSegmenter().segment(text).paragraphs().stream().map(Segmentation.Paragraph::number).toList();
	}

	@Test
	void englishExtractThatLeftParagraphsOut() {
		assertEquals(List.of(7, 8, 46, 47), numbers("""
				7. The following States were represented.
				8. The European Union was represented.
				46. The meeting reiterated its earlier recommendations.
				47. The meeting adopted the following recommendations:
				(a) States parties are encouraged to share data.
				"""));
	}

	@Test
	void chineseExtractThatLeftParagraphsOut() {
		assertEquals(List.of(3, 4, 30, 31), numbers("3. 会议开幕。\n4. 通过议程。\n30. 秘书处介绍了文件。\n31. 会议通过了报告。\n"));
	}

	@Test
	void unconfirmedFarNumberIsNotAParagraph() {
		assertEquals(List.of(3, 4), numbers("3. 会议开幕。\n120. 表格中的一行\n4. 通过议程。\n"));
		assertEquals(List.of(2, 3), numbers("2. First paragraph.\n250. A row of a table\n3. Second paragraph.\n"));
	}
}
