package org.mandateworkbench.report.tests.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandateworkbench.report.format.LetteredItems;

class LetteredItemsTest {

	@ParameterizedTest
	@CsvSource({ "1,(a)", "2,(b)", "26,(z)", "27,(aa)", "28,(bb)", "52,(zz)", "53,(aaa)" })
	void labelsItemsWithDoubledLettersAfterZ(int number, String expected) {
		assertEquals(expected, LetteredItems.label(number));
	}

	@Test
	void rejectsItemNumberZero() {
		assertThrows(IllegalArgumentException.class, () -> LetteredItems.letters(0));
	}
}
