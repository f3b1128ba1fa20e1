package org.mandateworkbench.report.tests.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.report.format.CountFormatter;

class CountFormatterTest {

	@Test
	void spellsOutSmallEnglishCountsAndPluralises() {
		assertEquals("one State", CountFormatter.english(1, "State", "States"));
		assertEquals("nine States", CountFormatter.english(9, "State", "States"));
		assertEquals("zero replies", CountFormatter.english(0, "reply", "replies"));
	}

	@Test
	void usesFiguresFromTenInEnglish() {
		assertEquals("10 States", CountFormatter.english(10, "State", "States"));
		assertEquals("28 replies", CountFormatter.english(28, "reply", "replies"));
	}

	@Test
	void writesChineseCountsWithMeasureWord() {
		assertEquals("3 个国家", CountFormatter.chinese(3, "个", "国家"));
		assertEquals("12 份答复", CountFormatter.chinese(12, "份", "答复"));
	}

	@Test
	void rejectsNegativeCounts() {
		assertThrows(IllegalArgumentException.class, () -> CountFormatter.english(-1, "State", "States"));
		assertThrows(IllegalArgumentException.class, () -> CountFormatter.chinese(-1, "个", "国家"));
	}
}
