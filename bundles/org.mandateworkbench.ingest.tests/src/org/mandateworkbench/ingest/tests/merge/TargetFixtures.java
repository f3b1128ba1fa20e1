package org.mandateworkbench.ingest.tests.merge;

/**
 * Fixture texts for importing into a chosen meeting, written for these tests in made-up words: an
 * English report of the ninth expert meeting without a meeting line (so only the chosen meeting can
 * place it), a Chinese note whose meeting line falls within the ninth meeting's days, a note of another
 * body's working group, and a Chinese note dated for another session of the same body.
 */
final class TargetFixtures {

	static final String REPORT_SYMBOL = "CAC/COSP/EG.1/2021/4";
	static final String NOTE_SYMBOL = "CAC/COSP/EG.1/2021/2";
	static final String OTHER_BODY_SYMBOL = "CTOC/COP/WG.3/2021/2";
	static final String OTHER_SESSION_SYMBOL = "CAC/COSP/EG.1/2023/2";

	/** The ninth meeting of the fixtures' body: 6 to 8 September 2021. */
	static final int ORDINAL = 9;

	static final String ENGLISH_REPORT = """
			CAC/COSP/EG.1/2021/4
			V.21-07777 (E)

			Distr.: General
			20 September 2021
			English
			Original: English

			Report on the meeting of the expert group held in Vienna

			I. Recommendations

			1. The expert meeting adopted the following recommendations:
			(a) The Secretariat should publish a guide on joint investigations;
			(b) States parties are encouraged to train their central authorities.

			II. Organization of the meeting

			2. The following States parties to the Convention were represented at the meeting: Brazil, Ghana
			and Chile.
			3. Japan, a signatory to the Convention, was represented by an observer.
			""";

	static final String CHINESE_NOTE = """
			CAC/COSP/EG.1/2021/2
			V.21-05555 (C)

			Distr.: General
			1 July 2021
			Chinese
			Original: English

			加强国际合作不限成员名额政府间专家会议
			2021年9月6日至8日，维也纳
			临时议程项目2
			关于联合调查的进展

			秘书处的说明

			一、建议

			1. 专家会议不妨建议：
			(a) 秘书处应汇编联合调查协定范本；
			(b) 鼓励缔约国指定联络人。

			二、与会情况

			2. 本公约下列缔约国派代表参加了本次会议：巴西、加纳和智利。
			""";

	static final String OTHER_BODY_NOTE = """
			CTOC/COP/WG.3/2021/2
			V.21-06666 (E)

			Distr.: General
			1 June 2021
			English
			Original: English

			Working Group on International Cooperation
			Vienna, 6-8 September 2021
			Item 2 of the provisional agenda
			Spontaneous sharing of information

			Note by the Secretariat

			I. Recommendations

			1. The working group may wish to recommend that:
			(a) The Secretariat should collect examples of spontaneous sharing;
			(b) States parties are encouraged to publish their practice.
			""";

	static final String OTHER_SESSION_NOTE = """
			CAC/COSP/EG.1/2023/2
			V.23-01111 (C)

			Distr.: General
			1 March 2023
			Chinese
			Original: English

			加强国际合作不限成员名额政府间专家会议
			2023年6月12日至14日，维也纳
			临时议程项目3
			电子证据

			秘书处的说明

			一、建议

			1. 专家会议不妨建议：
			(a) 秘书处应收集电子证据方面的做法；
			(b) 鼓励缔约国交流经验。
			""";

	private TargetFixtures() {
	}
}
