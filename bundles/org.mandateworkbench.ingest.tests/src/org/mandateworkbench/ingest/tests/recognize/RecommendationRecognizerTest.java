package org.mandateworkbench.ingest.tests.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.recognize.Addressee;
import org.mandateworkbench.ingest.recognize.Recommendation;
import org.mandateworkbench.ingest.recognize.RecommendationRecognizer;
import org.mandateworkbench.ingest.segment.DocumentSegmenter;

class RecommendationRecognizerTest {

	private static List<Recommendation> recognize(String text) {
		return new RecommendationRecognizer().recognize(text, new DocumentSegmenter().segment(text));
	}

	@Test
	void readsAddresseeFromEachChineseItem() {
		List<Recommendation> found = recognize("二、结论和建议\n12. 工作组建议：\n(a) 秘书处应编写指南；\n(b) 鼓励缔约国交流经验；\n(c) 会员国应当考虑加入网络。");
		assertEquals(List.of(Addressee.SECRETARIAT, Addressee.STATES_PARTIES, Addressee.MEMBER_STATES),
				found.stream().map(Recommendation::addressee).toList());
		assertEquals(12, found.get(0).paragraph());
		assertEquals('b', found.get(1).letter());
		assertEquals("鼓励缔约国交流经验；", found.get(1).text());
	}

	@Test
	void fallsBackToTheLeadInAfterTheRecommendingVerb() {
		List<Recommendation> found = recognize("7. The working group recommended that States parties:\n(a) Consider using the Convention;\n(b) Share examples.");
		assertEquals(List.of(Addressee.STATES_PARTIES, Addressee.STATES_PARTIES), found.stream().map(Recommendation::addressee).toList());
	}

	@Test
	void readsEnglishItemsInARecommendationsSection() {
		List<Recommendation> found = recognize("II. Recommendations\n9. The meeting agreed:\n(a) The Secretariat should continue its work;\n(b) Member States should consider sharing data.");
		assertEquals(List.of(Addressee.SECRETARIAT, Addressee.MEMBER_STATES), found.stream().map(Recommendation::addressee).toList());
	}

	@Test
	void readsLeadInEndingWithTheWordRecommendations() {
		List<Recommendation> found = recognize("一、导言\n47. 会议还商定了下列建议：\n(a) 鼓励缔约国分享经验；\n(b) 秘书处应汇编资料。");
		assertEquals(List.of(Addressee.STATES_PARTIES, Addressee.SECRETARIAT), found.stream().map(Recommendation::addressee).toList());
	}

	@Test
	void mandateParagraphMentioningEarlierRecommendationsIsNotOne() {
		assertTrue(recognize("一、导言\n6. 会议欣见专家会议的建议，并决定该会议应：(a) 汇编资料；(b) 提出报告。").isEmpty());
	}

	@Test
	void ignoresListsOutsideRecommendations() {
		assertTrue(recognize("I. Introduction\n2. The meeting had these functions: (a) to assist; (b) to advise.").isEmpty());
	}
}
