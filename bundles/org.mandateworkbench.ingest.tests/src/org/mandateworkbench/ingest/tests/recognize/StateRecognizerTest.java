package org.mandateworkbench.ingest.tests.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.recognize.StateMention;
import org.mandateworkbench.ingest.recognize.StateRecognizer;
import org.mandateworkbench.model.reference.StateCatalog;

class StateRecognizerTest {

	private static final StateRecognizer RECOGNIZER = new StateRecognizer(StateCatalog.standard());

	private static List<String> codes(String text) {
		return RECOGNIZER.recognize(text).stream().map(StateMention::iso3).toList();
	}

	@Test
	void readsChineseListWithEnumerationComma() {
		List<StateMention> found = RECOGNIZER.recognize("阿根廷、澳大利亚、丹麦提供了资料");
		assertEquals(List.of("ARG", "AUS", "DNK"), found.stream().map(StateMention::iso3).toList());
		assertTrue(found.stream().allMatch(StateMention::inList));
		assertEquals("澳大利亚", "阿根廷、澳大利亚、丹麦".substring(found.get(1).start(), found.get(1).end()));
	}

	@Test
	void readsEnglishListWithAnd() {
		List<StateMention> found = RECOGNIZER.recognize("Argentina, Australia and Denmark replied.");
		assertEquals(List.of("ARG", "AUS", "DNK"), found.stream().map(StateMention::iso3).toList());
		assertTrue(found.get(2).inList());
	}

	@Test
	void prefersLongestNameAndFormalForms() {
		assertEquals(List.of("COD"), codes("刚果民主共和国代表"));
		assertEquals(List.of("CHN"), codes("中华人民共和国常驻代表团"));
		assertEquals(List.of("ARG"), codes("the Argentine Republic"));
	}

	@Test
	void needsWholeEnglishWords() {
		assertEquals(List.of("NGA"), codes("Nigeria"));
		assertEquals(List.of(), codes("Chinaware and Perusal"));
	}

	@Test
	void singleMentionIsNotAList() {
		List<StateMention> found = RECOGNIZER.recognize("秘书处感谢丹麦的捐助");
		assertEquals(1, found.size());
		assertFalse(found.get(0).inList());
	}
}
