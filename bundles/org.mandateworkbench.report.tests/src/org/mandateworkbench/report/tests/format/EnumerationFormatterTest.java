package org.mandateworkbench.report.tests.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mandateworkbench.report.format.DraftLanguage.EN;
import static org.mandateworkbench.report.format.DraftLanguage.ZH;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.report.format.Conjunction;
import org.mandateworkbench.report.format.EnumerationFormatter;

class EnumerationFormatterTest {

	@Test
	void joinsThreeItemsWithSeparatorsAndConjunction() {
		assertEquals("阿根廷、澳大利亚和丹麦", EnumerationFormatter.join(List.of("阿根廷", "澳大利亚", "丹麦"), ZH));
		assertEquals("Argentina, Australia and Denmark",
				EnumerationFormatter.join(List.of("Argentina", "Australia", "Denmark"), EN));
	}

	@Test
	void joinsTwoItemsWithConjunctionOnly() {
		assertEquals("阿根廷和澳大利亚", EnumerationFormatter.join(List.of("阿根廷", "澳大利亚"), ZH));
		assertEquals("Argentina and Australia", EnumerationFormatter.join(List.of("Argentina", "Australia"), EN));
	}

	@Test
	void leavesSingleItemAlone() {
		assertEquals("丹麦", EnumerationFormatter.join(List.of("丹麦"), ZH));
		assertEquals("Denmark", EnumerationFormatter.join(List.of("Denmark"), EN));
	}

	@Test
	void givesEmptyStringForNoItems() {
		assertEquals("", EnumerationFormatter.join(List.of(), ZH));
		assertEquals("", EnumerationFormatter.join(List.of(), EN));
	}

	@Test
	void usesOrWhenAsked() {
		assertEquals("阿根廷、澳大利亚或丹麦",
				EnumerationFormatter.join(List.of("阿根廷", "澳大利亚", "丹麦"), Conjunction.OR, ZH));
		assertEquals("Argentina, Australia or Denmark",
				EnumerationFormatter.join(List.of("Argentina", "Australia", "Denmark"), Conjunction.OR, EN));
	}
}
