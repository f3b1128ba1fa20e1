package org.mandateworkbench.ingest.tests;

/**
 * Fixture texts written for these tests. They imitate the layout of extracted UN documents
 * (header block, page marks, running title, footnotes, hyperlink lines) with made-up sentences.
 */
public final class ImportFixtures {

	/** A Chinese note by the Secretariat over two pages. */
	public static final String CHINESE_NOTE = """
			CAC/COSP/WG.2/2019/2
			V.19-05555 (C)

			联合国反腐败公约缔约国会议

			Distr.: General
			12 March 2019
			Chinese
			Original: English

			资产追回工作组第十三次会议
			2019年5月6日至7日，维也纳
			临时议程*项目3
			资料汇编工作进展

			资料汇编工作的进展情况

			秘书处的说明

			一、导言

			1. 缔约国会议在第 7/1 号决议第 27 段中请秘书处继续汇编资料。大会第 71/208 号决议也提及这项工作1。
			2. 秘书处在 2018 年 2 月 9 日的普通照会中请各缔约国提供关于引渡和司法协助的资料，并在 2018 年 3 月 1 日的提醒中重申了请求。
			* CAC/COSP/WG.2/2019/1。
			1 详见 CAC/COSP/2017/2 号文件。
			http://undocs.org/CAC/COSP/2017/2
			V.19-05555 2/3
			CAC/COSP/WG.2/2019/2
			3. 截至 2018 年 3 月 15 日，有 13 个缔约国作出答复。阿根廷、澳大利亚和丹麦提交了关于引渡的资 料。
			4. 《公约》第四十六条第四款对自发提供资料作了规定，另见第 2/2 号决定和 CAC/COSP/EG.1/
			2019/L.1 号文件。
			V.19-05555 3/3
			CAC/COSP/WG.2/2019/2
			二、结论和建议

			5. 工作组不妨提出如下建议：
			(a) 秘书处应继续更新主管机关名录；
			(b) 鼓励缔约国指定中央机关；
			(c) 会员国应当考虑提供案例资料。
			CAC/COSP/WG.2/2019/2
			""";

	/** An English note by the Secretariat over two pages. */
	public static final String ENGLISH_NOTE = """
			CAC/COSP/EG.1/2019/4
			V.19-01234 (E)

			Conference of the States Parties to the United Nations Convention against Corruption

			Distr.: General
			20 March 2019
			English
			Original: English

			Open-ended intergovernmental expert meeting to enhance international cooperation
			Vienna, 6-7 June 2019
			Item 2 of the provisional agenda*
			Progress in the compilation of information

			Progress made in compiling information

			Note by the Secretariat

			I. Introduction

			1. In resolution 7/1, the Conference asked the Secretariat to keep compiling information, and General Assembly resolution 71/208 welcomed that work. See also paragraph 27 of resolution 7/1 and decision 5/1.
			2. By a note verbale dated 9 February 2018, the Secretariat invited States parties to send information on extradition. A reminder dated 1 March 2018 repeated the request.
			* CAC/COSP/EG.1/2019/1.
			V.19-01234 2/3
			CAC/COSP/EG.1/2019/4
			3. As at 15 March 2018, 13 States had replied. Argentina, Australia and Denmark provided information on mutual legal assistance.
			4. Article 46, paragraph 4, of the Convention covers spontaneous transmission of information.3 Experts met from 6 to 7 November 2017.
			3 See CAC/COSP/2017/2.
			V.19-01234 3/3
			CAC/COSP/EG.1/2019/4
			II. Conclusions and recommendations

			5. The expert meeting recommended that:
			(a) The Secretariat should continue to update the directory of competent authorities;
			(b) States parties are encouraged to designate central authorities;
			(c) Member States should consider sharing case examples.
			CAC/COSP/EG.1/2019/4
			""";

	private ImportFixtures() {
	}
}
