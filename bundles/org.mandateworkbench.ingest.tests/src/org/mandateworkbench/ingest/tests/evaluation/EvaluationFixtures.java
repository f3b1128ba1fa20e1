package org.mandateworkbench.ingest.tests.evaluation;

/**
 * Three annotated documents written for these tests, one Chinese and two English, in the layout of
 * extracted UN documents, and the annotation file describing what a reader finds in them. They
 * carry what the general rules must handle: lists of resolution numbers, long official State names,
 * language and place words built on State names, day lists and ranges across months, symbol
 * suffixes such as Add.1 and Rev.1, reminders, and recommendations whose addressee is not named
 * first.
 */
final class EvaluationFixtures {

	static final String CHINESE_FILE = "zh-note.txt";
	static final String ENGLISH_FILE = "en-note.txt";
	static final String ENGLISH_WRAPPED_FILE = "en-report.txt";

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

	/** Hard-wrapped English as PDF extraction leaves it: page marks, names and symbols cut at line ends, a gap in numbering. */
	static final String ENGLISH_WRAPPED = """
			 United Nations CAC/COSP/EG.1/2019/4
			 Conference of the States Parties to the
			United Nations Convention
			against Corruption
			Distr.: General
			12 June 2019
			Original: English
			V.19-04321 (E) 120619 130619
			*1904321*
			Report on the meeting of the open-ended intergovernmental
			expert meeting to enhance international cooperation held in
			Vienna on 30 and 31 May 2019
			I. Introduction
			1. In its resolution 4/2, the Conference of the States Parties to the United
			Nations Convention against Corruption decided to convene open-ended
			intergovernmental expert meetings. In resolutions 5/1 and 6/4, and in paragraph 3
			of resolution 7/1, the Conference gave further guidance.
			2. The Secretariat sent a note verbale dated 17 December 2018 to all
			States parties; by 13 March 2019, replies had been received from 21 States.
			II. Organization of the meeting
			C. Attendance
			7. The following States parties to the Convention were represented: Algeria,
			Argentina, Bolivia (Plurinational State of), Brazil, Côte d’Ivoire, Czechia, Iran
			(Islamic Republic of), Lao People’s Democratic Republic, Netherlands, Republic of
			Korea, Russian Federation, State of Palestine, Türkiye, United Kingdom of Great
			Britain and Northern Ireland, United States of America, Venezuela (Bolivarian
			Republic of) and Viet Nam.
			8. The European Union, a regional economic integration organization that is a
			party to the Convention, was represented.
			CAC/COSP/EG.1/2019/4
			V.19-04321 2/5
			III. Recommendations
			46. The expert meeting reiterated its earlier recommendations (see
			CAC/COSP/EG.1/2014/3 and CAC/COSP/EG.1/
			2018/4).
			47. The expert meeting also adopted the following recommendations:
			(a) States parties are encouraged to continue providing the Secretariat with
			information on challenges;
			(b) In line with General Assembly resolution 73/190, the Secretariat
			should continue to organize panel discussions;
			(c) Member States should consider using the global network of
			anti-corruption law enforcement authorities;
			(d) The Secretariat is requested to update the online directory.
			CAC/COSP/EG.1/2019/4
			V.19-04321 3/5
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
			    },
			    {
			      "file": "en-report.txt",
			      "symbolsCited": ["CAC/COSP/EG.1/2019/4", "CAC/COSP/EG.1/2014/3", "CAC/COSP/EG.1/2018/4"],
			      "resolutions": [{"number": "4/2"}, {"number": "5/1"}, {"number": "6/4"}, {"number": "7/1", "paragraph": 3},
			                      {"body": "GA", "number": "73/190"}],
			      "dates": ["2019-06-12", "2019-05-30", "2019-05-31", "2018-12-17", "2019-03-13"],
			      "states": ["DZA", "ARG", "BOL", "BRA", "CIV", "CZE", "IRN", "LAO", "NLD", "KOR", "RUS", "PSE", "TUR", "GBR", "USA",
			                 "VEN", "VNM"],
			      "recommendations": [
			        {"paragraph": 47, "letter": "a", "addressee": "statesParties"},
			        {"paragraph": 47, "letter": "b", "addressee": "secretariat"},
			        {"paragraph": 47, "letter": "c", "addressee": "memberStates"},
			        {"paragraph": 47, "letter": "d", "addressee": "secretariat"}
			      ],
			      "noteVerbaleDates": ["2018-12-17"]
			    }
			  ]
			}
			""";

	private EvaluationFixtures() {
	}
}
