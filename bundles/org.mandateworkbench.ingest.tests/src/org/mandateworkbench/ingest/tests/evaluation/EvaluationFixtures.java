package org.mandateworkbench.ingest.tests.evaluation;

/**
 * Four annotated documents written for these tests, two Chinese and two English, in the layout of
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
	static final String CHINESE_WRAPPED_FILE = "zh-wrapped.txt";

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

	/** Hard-wrapped Chinese as PDF extraction leaves it: lines cut at the page width, each followed by a blank line. */
	static final String CHINESE_WRAPPED = """
			CAC/COSP/WG.2/2020/4


			预防腐败工作组第十一次会议\s

			2020 年 9 月 7 日至 8 日，维也纳\s

			临时议程*项目 2\s

			\s

			一. 导言\s

			1. 缔约国会议在第 6/2、第 7/1 和第 8/9 号决议中请秘书处继续\s

			收集关于自发分享信息的资料，并向工作组报告进展情况。大会第 74/276 号\s

			决议也强调了这项工作的重要性，并请各国加强合作。\s

			2. 为执行上述任务，秘书处于 2020 年 2 月 14 日向所有缔约国发\s

			出普通照会，又于 2020 年 4 月 30 日发出催复照会，请各国提供资料\s

			。截至 2020 年 6 月 1 日，共有 12 个缔约国作出答复，相关资料\s

			载于 CAC/COSP/WG.2/2020/CRP.3 号文件。\s

			3. 提供资料的国家包括多民族玻利维亚国、委内瑞拉玻利瓦尔共和国、美利坚合众\s

			国、大不列颠及北爱尔兰联合王国、大韩民国和巴西¹，这些国家的答复摘要载于下文\s

			第二节。\s

			二. 结论和建议\s

			4. 工作组不妨审议下列建议：\s

			(a) 鼓励缔约国在不损害本国法律的情况下主动分享与资产追回有关的信息，并向\s

			秘书处通报所采用的做法；\s

			(b) 为了便于各国相互联系，秘书处应当继续更新主管机关在线名录，并在工作组\s

			下次会议之前分发更新后的名录；\s

			(c) 会员国应当考虑指定资产追回联络点，并确保联络点的联系信息准确及时；\s

			(d) 请秘书处在现有资源范围内编写一份关于自发分享信息良好做法的研究报告。\s

			__________________
			 * CAC/COSP/WG.2/2020/1。
			 ¹ 巴西的答复在截止日期之后收到。
			V.20-04567 2/3
			CAC/COSP/WG.2/2020/4
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
			      "noteVerbaleDates": ["2019-12-02", "2020-01-15"],
			      "indicators": [{"value": 9, "asOf": "2020-01-31"}]
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
			      "noteVerbaleDates": ["2021-01-11", "2021-03-01"],
			      "indicators": [{"value": 11, "asOf": "2021-03-26"}]
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
			      "noteVerbaleDates": ["2018-12-17"],
			      "reiterated": ["CAC/COSP/EG.1/2014/3", "CAC/COSP/EG.1/2018/4"]
			    },
			    {
			      "file": "zh-wrapped.txt",
			      "symbol": "CAC/COSP/WG.2/2020/4",
			      "agendaSymbol": "CAC/COSP/WG.2/2020/1",
			      "symbolsCited": ["CAC/COSP/WG.2/2020/CRP.3"],
			      "resolutions": [{"number": "6/2"}, {"number": "7/1"}, {"number": "8/9"}, {"body": "GA", "number": "74/276"}],
			      "dates": ["2020-09-07", "2020-09-08", "2020-02-14", "2020-04-30", "2020-06-01"],
			      "states": ["BOL", "VEN", "USA", "GBR", "KOR", "BRA"],
			      "recommendations": [
			        {"paragraph": 4, "letter": "a", "addressee": "statesParties"},
			        {"paragraph": 4, "letter": "b", "addressee": "secretariat"},
			        {"paragraph": 4, "letter": "c", "addressee": "memberStates"},
			        {"paragraph": 4, "letter": "d", "addressee": "secretariat"}
			      ],
			      "noteVerbaleDates": ["2020-02-14", "2020-04-30"],
			      "indicators": [{"value": 12, "asOf": "2020-06-01"}]
			    }
			  ]
			}
			""";

	private EvaluationFixtures() {
	}
}
