package org.mandateworkbench.ingest.tests.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.clean.CleanedText;
import org.mandateworkbench.ingest.clean.TextCleaner;
import org.mandateworkbench.ingest.recognize.StateMention;
import org.mandateworkbench.ingest.recognize.StateRecognizer;
import org.mandateworkbench.model.reference.StateCatalog;

/**
 * Hard-wrapped Chinese lines that end with a space are joined without it, so a State name cut at
 * the page width is whole again. (English names cut at a line end are matched across the line end
 * by the State recognizer; see StateNameBoundaryTest.)
 */
class TextCleanerWrapTest {

	private static final String WRAPPED = """
			1. 缔约国会议欢迎各国提交的答复，答复国家包括美利 \n
			坚合众国、大韩民国和多民族玻利维亚国，这些答复已经汇 \n
			编完毕并载于秘书处编写的文件之中，供工作组在下次会议 \n
			上审议和讨论使用。
			""";

	@Test
	void joinsWrappedChineseLinesWithoutTheirTrailingSpace() {
		CleanedText cleaned = new TextCleaner().clean(WRAPPED);
		assertTrue(cleaned.text().contains("包括美利坚合众国、大韩民国"), cleaned.text());
		assertTrue(cleaned.text().contains("已经汇编完毕"), cleaned.text());
		List<String> states = new StateRecognizer(StateCatalog.standard()).recognize(cleaned.text()).stream()
				.map(StateMention::iso3).toList();
		assertEquals(List.of("USA", "KOR", "BOL"), states);
	}

	@Test
	void offsetsStillPointIntoTheSource() {
		CleanedText cleaned = new TextCleaner().clean(WRAPPED);
		int at = cleaned.text().indexOf("坚合众国");
		assertEquals('坚', WRAPPED.charAt(cleaned.sourceOffset(at)));
		assertEquals('利', WRAPPED.charAt(cleaned.sourceOffset(at - 1)));
	}
}
