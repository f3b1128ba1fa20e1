package org.mandateworkbench.ingest.tests.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.recognize.Addressee;
import org.mandateworkbench.ingest.recognize.Recommendation;
import org.mandateworkbench.ingest.recognize.RecommendationRecognizer;
import org.mandateworkbench.ingest.segment.DocumentSegmenter;

/** The addressee is the subject of a modal verb or the object of a request, wherever it stands in the item. */
class RecommendationAddresseeTest {

	private static List<Addressee> addressees(String text) {
		return new RecommendationRecognizer().recognize(text, new DocumentSegmenter().segment(text)).stream()
				.map(Recommendation::addressee).toList();
	}

	@Test
	void chineseSubjectOrObjectAfterOtherNames() {
		assertEquals(List.of(Addressee.STATES_PARTIES, Addressee.SECRETARIAT, Addressee.MEMBER_STATES, Addressee.STATES_PARTIES),
				addressees("""
						二、建议
						8. 会议提出了下列建议：
						(a) 考虑到一些缔约方和秘书处的意见，缔约国应当简化程序；
						(b) 为了协助会员国，秘书处还应编写示范条文；
						(c) 请会员国在秘书处的协助下提供资料；
						(d) 邀请缔约方交流经验。
						"""));
	}

	@Test
	void chineseRequesterBeforeTheRequestedIsTheAddressee() {
		assertEquals(List.of(Addressee.SECRETARIAT), addressees("二、建议\n3. 工作组建议：\n(a) 秘书处应当邀请缔约国更新通知。\n"));
	}

	@Test
	void englishSubjectOrObjectAfterOtherNames() {
		assertEquals(List.of(Addressee.SECRETARIAT, Addressee.STATES_PARTIES, Addressee.MEMBER_STATES, Addressee.STATES_PARTIES),
				addressees("""
						II. Recommendations
						6. The meeting recommended that:
						(a) In order to assist Member States, the Secretariat should prepare model provisions;
						(b) Encourage States parties to simplify procedures;
						(c) With the help of the Secretariat, Member States should consider sharing data;
						(d) The Conference invites States parties to exchange experience.
						"""));
	}

	@Test
	void englishPassiveRequestNamesTheAddressee() {
		assertEquals(List.of(Addressee.STATES_PARTIES, Addressee.SECRETARIAT), addressees("""
				II. Recommendations
				4. The working group agreed that:
				(a) Where possible, States parties are encouraged to designate contact points;
				(b) Subject to resources, the Secretariat is requested to update the directory.
				"""));
	}
}
