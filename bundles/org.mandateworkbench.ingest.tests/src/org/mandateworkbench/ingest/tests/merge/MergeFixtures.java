package org.mandateworkbench.ingest.tests.merge;

/**
 * Fixture texts for matching and committing, written for these tests: one note by the Secretariat in
 * English and Chinese, and a revision of the English one. They imitate the header, sections, notes
 * verbales, replies and recommendations of extracted UN documents in made-up words.
 */
final class MergeFixtures {

	static final String SYMBOL = "CAC/COSP/EG.1/2020/2";
	static final String REVISION = "CAC/COSP/EG.1/2020/2/Rev.1";

	static final String ENGLISH = """
			CAC/COSP/EG.1/2020/2
			V.20-04321 (E)

			Conference of the States Parties to the United Nations Convention against Corruption

			Distr.: General
			15 July 2020
			English
			Original: English

			Open-ended intergovernmental expert meeting to enhance international cooperation
			Vienna, 2-4 September 2020
			Item 3 of the provisional agenda*
			Follow-up on the requests for information

			Follow-up on the requests for information

			Note by the Secretariat

			I. Background

			1. The Conference, in resolution 8/1, paragraph 12, asked the Secretariat to gather information on cooperation. See also CAC/COSP/EG.1/2019/4.
			2. By a note verbale dated 3 February 2020, the Secretariat asked States parties for information on extradition. A reminder dated 2 March 2020 followed.
			* CAC/COSP/EG.1/2020/1.

			II. Replies received

			3. As at 30 April 2020, 9 States had replied. Brazil, Canada and Kenya reported on extradition.
			4. Norway provided information on mutual legal assistance.

			III. Conclusions and recommendations

			5. The expert meeting may wish to recommend that:
			(a) The Secretariat should keep the online directory up to date;
			(b) States parties are encouraged to share model requests;
			(c) Member States should consider naming contact points.
			""";

	static final String CHINESE = """
			CAC/COSP/EG.1/2020/2
			V.20-04321 (C)

			联合国反腐败公约缔约国会议

			Distr.: General
			15 July 2020
			Chinese
			Original: English

			加强国际合作不限成员名额政府间专家会议
			2020年9月2日至4日，维也纳
			临时议程*项目3
			关于资料请求的后续行动

			关于资料请求的后续行动

			秘书处的说明

			一、背景

			1. 缔约国会议在第 8/1 号决议第 12 段中请秘书处收集合作方面的资料。另见 CAC/COSP/EG.1/2019/4。
			2. 秘书处在 2020 年 2 月 3 日的普通照会中请各缔约国提供关于引渡的资料，并在 2020 年 3 月 2 日的提醒中重申了请求。
			* CAC/COSP/EG.1/2020/1。

			二、收到的答复

			3. 截至 2020 年 4 月 30 日，有 9 个缔约国作出答复。巴西、加拿大和肯尼亚报告了关于引渡的情况。
			4. 挪威提供了关于司法协助的资料。

			三、结论和建议

			5. 专家会议不妨建议：
			(a) 秘书处应继续更新在线名录；
			(b) 鼓励缔约国分享请求范本；
			(c) 会员国应当考虑指定联络人。
			""";

	/** The English note revised: a new date, item (b) reworded and an item (d) added. */
	static final String REVISED = ENGLISH
			.replace("CAC/COSP/EG.1/2020/2\nV.20-04321 (E)", "CAC/COSP/EG.1/2020/2/Rev.1\nV.20-04999 (E)")
			.replace("15 July 2020", "20 July 2020")
			.replace("share model requests;", "share model requests and templates;")
			.replace("naming contact points.", "naming contact points;\n(d) The Secretariat should report on progress at the next meeting.");

	private MergeFixtures() {
	}
}
