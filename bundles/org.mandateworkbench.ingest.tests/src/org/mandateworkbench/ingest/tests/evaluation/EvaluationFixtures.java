package org.mandateworkbench.ingest.tests.evaluation;

/**
 * Two annotated documents written for these tests, one Chinese and one English, in the layout of
 * extracted UN documents, and the annotation file describing what a reader finds in them. They
 * carry what the general rules must handle: lists of resolution numbers, long official State names,
 * language and place words built on State names, day lists and ranges across months, symbol
 * suffixes such as Add.1 and Rev.1, reminders, and recommendations whose addressee is not named
 * first.
 */
final class EvaluationFixtures {

	static final String CHINESE_FILE = "zh-note.txt";
	static final String ENGLISH_FILE = "en-note.txt";

	static final String CHINESE = """
			CTOC/COP/WG.2/2020/3
			V.20-01111 (C)

			联合国打击跨国有组织犯罪公约缔约方会议

			Distr.: General
			3 February 2020
			Chinese
			Original: English

			技术援助问题工作组
			2020年3月30日和31日，维也纳
			临时议程*项目4
			培训材料的编写

			培训材料编写工作的进展

			秘书处的说明

			一、背景

			1. 缔约方会议在第 9/1、第 9/3 和第 10/2 号决定中请秘书处编写培训材料。大会第 74/177 号决议第 5 段也提及此事。
			2. 秘书处于 2019 年 12 月 2 日向所有缔约方发出普通照会，并于 2020 年 1 月 15 日发出催复照会。
			* CTOC/COP/WG.2/2020/1。
			3. 截至 2020 年 1 月 31 日，有 9 个缔约国作出答复。多民族玻利维亚国、大韩民国和委内瑞拉玻利瓦尔共和国提交了资料；联合王国提供了西班牙文和法文的材料。
			4. 会议记录载于 CTOC/COP/WG.2/2019/L.2/Add.1 和 CTOC/COP/WG.2/2019/INF/2/Rev.1 号文件。发展中国家的需要在巴拿马城举行的讲习班上得到讨论。

			二、结论和建议

			5. 工作组不妨提出如下建议：
			(a) 为了扩大受益面，秘书处应当将培训材料译成联合国所有正式语文；
			(b) 鉴于一些会员国的经验，缔约国应当考虑指定联络点；
			(c) 请会员国为培训活动提供预算外资源。
			""";

	static final String ENGLISH = """
			CAC/COSP/WG.4/2021/2
			V.21-00222 (E)

			Conference of the States Parties to the United Nations Convention against Corruption

			Distr.: General
			14 April 2021
			English
			Original: English

			Open-ended Intergovernmental Working Group on the Prevention of Corruption
			Vienna, 31 May-2 June 2021
			Item 3 of the provisional agenda*
			Good practices in preventing corruption

			Progress in collecting good practices

			Note by the Secretariat

			I. Background

			1. In its resolutions 8/5, 8/7 and 9/3, the Conference asked the Secretariat to collect good practices. General Assembly resolution 75/194, paragraph 12, and Security Council resolution 2462 (2019) bear on the same work; see also A/RES/74/276.
			2. The Secretariat sent a note verbale dated 11 January 2021 to all States parties and a reminder dated 1 March 2021.
			* CAC/COSP/WG.4/2021/1.
			3. As at 26 March 2021, 11 States had replied. The Bolivarian Republic of Venezuela, the Plurinational State of Bolivia and the United Kingdom of Great Britain and Northern Ireland sent detailed replies. Mexico described a workshop held in Panama City, and Ghana one on the Gulf of Guinea.
			4. The replies are summarized in CAC/COSP/WG.4/2021/CRP.1/Add.1; the participants are listed in CAC/COSP/WG.4/2021/INF/1/Rev.1.

			II. Conclusions and recommendations

			5. The working group recommended that:
			(a) In order to reach more practitioners, the Secretariat should translate the collected material;
			(b) Encourage States parties to share their national strategies;
			(c) With the support of the Secretariat, Member States should consider joining regional networks;
			(d) The Conference invites States parties to report on progress at its next session.
			""";

	static final String ANNOTATIONS = """
			{
			  "schema": "mandate-workbench/import-annotations/1",
			  "documents": [
			    {
			      "file": "zh-note.txt",
			      "language": "zh",
			      "symbol": "CTOC/COP/WG.2/2020/3",
			      "agendaSymbol": "CTOC/COP/WG.2/2020/1",
			      "symbolsCited": ["CTOC/COP/WG.2/2019/L.2/Add.1", "CTOC/COP/WG.2/2019/INF/2/Rev.1"],
			      "resolutions": [
			        {"kind": "decision", "number": "9/1"},
			        {"kind": "decision", "number": "9/3"},
			        {"kind": "decision", "number": "10/2"},
			        {"body": "GA", "number": "74/177", "paragraph": 5}
			      ],
			      "dates": ["2020-02-03", "2020-03-30", "2020-03-31", "2019-12-02", "2020-01-15", "2020-01-31"],
			      "states": {"1": ["BOL", "KOR", "VEN", "GBR"]},
			      "recommendations": [
			        {"paragraph": 5, "letter": "a", "addressee": "secretariat"},
			        {"paragraph": 5, "letter": "b", "addressee": "statesParties"},
			        {"paragraph": 5, "letter": "c", "addressee": "memberStates"}
			      ],
			      "noteVerbaleDates": ["2019-12-02", "2020-01-15"]
			    },
			    {
			      "file": "en-note.txt",
			      "symbol": "CAC/COSP/WG.4/2021/2",
			      "agendaSymbol": "CAC/COSP/WG.4/2021/1",
			      "symbolsCited": ["A/RES/74/276", "CAC/COSP/WG.4/2021/CRP.1/Add.1", "CAC/COSP/WG.4/2021/INF/1/Rev.1"],
			      "resolutions": [
			        {"number": "8/5"}, {"number": "8/7"}, {"number": "9/3"},
			        {"body": "GA", "number": "75/194", "paragraph": 12},
			        {"body": "SC", "number": "2462 (2019)"},
			        {"body": "GA", "number": "74/276"}
			      ],
			      "dates": ["2021-04-14", "2021-05-31", "2021-06-02", "2021-01-11", "2021-03-01", "2021-03-26"],
			      "states": ["VEN", "BOL", "GBR", "MEX", "GHA"],
			      "recommendations": [
			        {"paragraph": 5, "letter": "a", "addressee": "secretariat"},
			        {"paragraph": 5, "letter": "b", "addressee": "statesParties"},
			        {"paragraph": 5, "letter": "c", "addressee": "memberStates"},
			        {"paragraph": 5, "letter": "d", "addressee": "statesParties"}
			      ],
			      "noteVerbaleDates": ["2021-01-11", "2021-03-01"]
			    }
			  ]
			}
			""";

	private EvaluationFixtures() {
	}
}
