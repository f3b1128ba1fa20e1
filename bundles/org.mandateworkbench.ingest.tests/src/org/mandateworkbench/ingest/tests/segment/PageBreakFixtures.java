package org.mandateworkbench.ingest.tests.segment;

/**
 * Fixture texts written for these tests, in made-up words: notes as PDF extraction leaves them, where
 * a page break falls inside a numbered paragraph and the page's footnotes (with the rule above them,
 * the page number, the job number and the running symbol) are printed between its two halves.
 */
final class PageBreakFixtures {

	/** The part of paragraph 2 of {@link #CHINESE} after the page's footnotes. */
	static final String CHINESE_CONTINUATION = "其后，该国对一艘渔船的船东实施了临时冻结，并通知了请求国的中央机关。";

	static final String CHINESE = """
			CTOC/COP/WG.9/2031/2
			V.31-01234 (C)

			秘书处的说明

			一、导言

			1. 本说明概述各国在扣押和没收方面交流的经验。

			2. 在一个涉及走私木材的案件中，马耳他当局先依据本国海关法对货物实施了
			行政扣留1，并请求另一国提供银行记录2。
			__________________
			 1 海关法第十二条允许在不经法院命令的情况下扣留货物
			 最长三十天，见该国提交的答复。
			 2 该请求通过电子邮件发送。
			V.31-01234 2/4
			CTOC/COP/WG.9/2031/2
			其后，该国对一艘渔船的船东实施了临时冻结，并通知了请求国的中央机关。

			二、结论

			工作组不妨审议下列建议：

			3. 秘书处应当继续收集案例。
			 3 本段依据工作组的惯例编写。
			V.31-01234 3/4
			CTOC/COP/WG.9/2031/2
			""";

	/** The part of paragraph 2 of {@link #ENGLISH} after the page's footnotes. */
	static final String ENGLISH_CONTINUATION = "Later, the assets of a shipping firm were frozen for ninety days while the requesting State gathered evidence.";

	static final String ENGLISH = """
			CTOC/COP/WG.9/2031/2
			V.31-01234 (E)

			Note by the Secretariat

			I. Introduction

			1. This note sums up what States told each other about seizure and confiscation.

			2. In a case about smuggled timber, the authorities of Malta first held the cargo under
			their customs code,1 and then asked another State for bank records.2
			__________________
			 1 The customs code allows goods to be held without a court order for up to thirty
			 days; see the reply of that State.
			 2 The request was sent by electronic mail.
			V.31-01234 2/4
			CTOC/COP/WG.9/2031/2
			Later, the assets of a shipping firm were frozen for ninety days while the requesting
			State gathered evidence.

			II. Conclusions

			The working group may wish to consider the following:

			3. The Secretariat should keep collecting cases.
			 3 Written as the working group usually does.
			V.31-01234 3/4
			CTOC/COP/WG.9/2031/2
			""";

	private PageBreakFixtures() {
	}
}
