package org.mandateworkbench.ingest.tests.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.proposal.ImportAnalyzer;
import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.ingest.recognize.MeetingDetails;
import org.mandateworkbench.model.reference.StateCatalog;

/** First-page metadata of documents without a symbol line, and topics taken from headings; fixture texts written for this test. */
class HeaderMetadataTest {

	private static final ImportAnalyzer ANALYZER = new ImportAnalyzer(StateCatalog.standard());

	private static final String ZH_CRP = """
			联合国打击跨国有组织犯罪公约 缔约方会议

			Distr.: General
			3 March 2022
			Chinese
			Original: English

			打击贩运人口问题工作组
			2022年4月4日至5日，维也纳

			各国在保护证人方面的做法汇编

			会议室文件

			一、 导言

			1. 本文件汇集了各国就证人保护提交的资料。
			""";

	private static final String EN_BACKGROUND = """
			Conference of the States Parties to the United Nations Convention against Corruption

			Working Group on Asset Recovery
			Vienna, 4-5 April 2022
			Item 3 of the provisional agenda
			Thematic discussion

			Practical steps for sharing information early between asset recovery practitioners through the
			networks that connect them

			Background paper prepared by the Secretariat

			I. Introduction

			1. This paper looks at how practitioners exchange information before a formal request.
			""";

	private static final String ZH_BACKGROUND = """
			资产追回问题工作组
			2022 年 4 月 4 日至 5 日，维也纳
			临时议程*项目 3
			专题讨论

			关于资产追回从业人员之间在正式请求之前及早交换信息的各项实际步骤

			和相关网络的作用

			秘书处编写的背景文件

			一. 导言

			1. 本文件介绍从业人员在提出正式请求之前交换信息的做法。
			""";

	private static final String ZH_TOPICS = """
			二、 引渡

			5. 巴西和智利报告称已修订了本国的相关法律。

			三、 其他事项

			A. 司法协助

			6. 秘鲁报告称已设立了新的联络点。

			B. 培训

			7. 埃及报告称已举办了讲习班。
			""";

	private static final String EN_TOPICS = """
			II. Extradition

			5. Brazil and Chile reported that they had amended their laws.

			III. Other matters

			A. Mutual legal assistance

			6. Peru reported that it had set up a new contact point.

			B. Training

			7. Egypt reported that it had held a workshop.
			""";

	@Test
	void chineseConferenceRoomPaperWithoutSymbol() {
		ImportProposal p = ANALYZER.analyze("zh.txt", ZH_CRP);
		assertEquals(Optional.of("CTOC/COP"), p.body());
		assertEquals("conferenceRoomPaper", p.type());
		assertEquals(Optional.of("各国在保护证人方面的做法汇编"), p.title());
		assertEquals(new MeetingDetails(0, Optional.of(LocalDate.of(2022, 4, 4)), Optional.of(LocalDate.of(2022, 4, 5)),
				Optional.of("维也纳")), p.meetingDetails());
		assertEquals(Optional.of("en"), p.originalLanguage());
		assertEquals("zh", p.language());
	}

	@Test
	void englishBackgroundPaperWithWrappedTitle() {
		ImportProposal p = ANALYZER.analyze("en.txt", EN_BACKGROUND);
		assertEquals(Optional.of("CAC/COSP"), p.body());
		assertEquals("backgroundPaper", p.type());
		assertEquals(Optional.of("Practical steps for sharing information early between asset recovery practitioners through the"
				+ " networks that connect them"), p.title());
		assertEquals(Optional.of("3"), p.agendaItem());
		assertEquals(Optional.of("Vienna"), p.meetingDetails().venue());
	}

	@Test
	void chineseBackgroundPaperWithWrappedTitle() {
		ImportProposal p = ANALYZER.analyze("zh.txt", ZH_BACKGROUND);
		assertEquals("backgroundPaper", p.type());
		assertEquals(Optional.of("关于资产追回从业人员之间在正式请求之前及早交换信息的各项实际步骤和相关网络的作用"), p.title());
		assertEquals(Optional.of("3"), p.agendaItem());
		assertEquals(Optional.of(LocalDate.of(2022, 4, 5)), p.meetingDetails().to());
	}

	@Test
	void chineseResponsesTakeTheirTopicFromTheHeading() {
		assertEquals(List.of(new ImportProposal.ResponseItem("BRA", "extradition", 5),
				new ImportProposal.ResponseItem("CHL", "extradition", 5),
				new ImportProposal.ResponseItem("PER", "mutualLegalAssistance", 6),
				new ImportProposal.ResponseItem("EGY", "", 7)), values(ANALYZER.analyze("zh.txt", ZH_TOPICS).responses()));
	}

	@Test
	void englishResponsesTakeTheirTopicFromTheHeading() {
		assertEquals(List.of(new ImportProposal.ResponseItem("BRA", "extradition", 5),
				new ImportProposal.ResponseItem("CHL", "extradition", 5),
				new ImportProposal.ResponseItem("PER", "mutualLegalAssistance", 6),
				new ImportProposal.ResponseItem("EGY", "", 7)), values(ANALYZER.analyze("en.txt", EN_TOPICS).responses()));
	}

	private static <T> List<T> values(List<ImportProposal.Cited<T>> cited) {
		return cited.stream().map(ImportProposal.Cited::value).toList();
	}
}
