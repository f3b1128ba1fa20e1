package org.mandateworkbench.ingest.tests.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.recognize.ResolutionReference;
import org.mandateworkbench.ingest.recognize.ResolutionReferenceRecognizer;

/** Lists of numbers, other number forms and resolution symbols. */
class ResolutionReferenceListTest {

	private final ResolutionReferenceRecognizer recognizer = new ResolutionReferenceRecognizer();

	private List<String> cited(String text) {
		return recognizer.recognize(text).stream()
				.map(r -> r.kind().name().charAt(0) + ":" + r.body() + ":" + r.number() + ":" + r.paragraph()).toList();
	}

	@Test
	void chineseListNamesEachNumber() {
		assertEquals(List.of("R::3/3:0", "R::4/4:0", "R::5/3:0"), cited("（见第 3/3、第 4/4 和第 5/3 号决议）"));
		assertEquals(List.of("D::9/1:0", "D::10/2:0"), cited("在第9/1及10/2号决定中"));
	}

	@Test
	void chineseListTakesTheBodyForAllAndTheParagraphForTheLast() {
		assertEquals(List.of("R:GA:70/1:0", "R:GA:71/208:4"), cited("大会第 70/1 和第 71/208 号决议第 4 段"));
	}

	@Test
	void englishListNamesEachNumber() {
		assertEquals(List.of("R::8/5:0", "R::8/7:0", "R::9/3:0"), cited("In its resolutions 8/5, 8/7 and 9/3, the Conference"));
		assertEquals(List.of("D::2/2:0", "D::3/2:0"), cited("decisions 2/2 and 3/2"));
		assertEquals(List.of("R:GA:70/1:0", "R:GA:71/208:0"), cited("General Assembly resolutions 70/1, and 71/208"));
	}

	@Test
	void securityCouncilAndEconomicAndSocialCouncilNumbers() {
		assertEquals(List.of("R:SC:2462 (2019):0"), cited("Security Council resolution 2462 (2019)"));
		assertEquals(List.of("R:SC:2462 (2019):0"), cited("安全理事会第 2462（2019）号决议"));
		assertEquals(List.of("R:ECOSOC:2019/23:0"), cited("Economic and Social Council resolution 2019/23"));
	}

	@Test
	void resolutionSymbolsAreResolutions() {
		assertEquals(List.of("R:GA:74/276:0"), cited("see A/RES/74/276."));
		assertEquals(List.of("R:SC:2462 (2019):0"), cited("见 S/RES/2462 (2019)。"));
	}

	@Test
	void spansCoverEachNumber() {
		String text = "resolutions 8/5 and 9/3, paragraph 2";
		List<ResolutionReference> found = recognizer.recognize(text);
		assertEquals(0, found.get(0).start());
		assertEquals(text.indexOf("8/5") + 3, found.get(0).end());
		assertEquals(text.indexOf("9/3"), found.get(1).start());
		assertEquals(text.length(), found.get(1).end());
		assertEquals(2, found.get(1).paragraph());
	}
}
