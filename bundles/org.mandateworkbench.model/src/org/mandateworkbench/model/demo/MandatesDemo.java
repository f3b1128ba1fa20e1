package org.mandateworkbench.model.demo;

import static org.mandateworkbench.model.demo.DemoBuilder.date;
import static org.mandateworkbench.model.demo.DemoBuilder.secretariat;
import static org.mandateworkbench.model.demo.DemoBuilder.status;
import static org.mandateworkbench.model.demo.DemoBuilder.statesParties;
import static org.mandateworkbench.model.demo.DemoBuilder.statesPartiesAndSecretariat;
import static org.mandateworkbench.model.demo.DemoBuilder.text;
import static org.mandateworkbench.model.demo.ResponsesDemo.ARTICLE_56;
import static org.mandateworkbench.model.demo.ResponsesDemo.CENTRAL_AUTHORITIES;
import static org.mandateworkbench.model.demo.ResponsesDemo.CIVIL_ADMINISTRATIVE;
import static org.mandateworkbench.model.demo.ResponsesDemo.DE_MINIMIS;
import static org.mandateworkbench.model.demo.ResponsesDemo.ELECTRONIC_TOOLS;
import static org.mandateworkbench.model.demo.ResponsesDemo.LEGAL_BASIS;
import static org.mandateworkbench.model.demo.ResponsesDemo.REFUSAL_DELAY;
import static org.mandateworkbench.model.demo.UncacCooperationDemo.EG1;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.mandateworkbench.model.AgendaItem;
import org.mandateworkbench.model.DocumentIssued;
import org.mandateworkbench.model.ExpertPanel;
import org.mandateworkbench.model.Indicator;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.NoteVerbaleReminder;
import org.mandateworkbench.model.Observation;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.ReportedToMeeting;
import org.mandateworkbench.model.query.MultilingualTextQuery;

/**
 * The mandates drawn from the resolution paragraphs and recommendations, with their status
 * histories, the notes verbales and other actions taken on them, and the indicators of the online
 * directory of competent national authorities.
 */
final class MandatesDemo {

    private static final LocalDate COSP4_END = date(2011, 10, 28);
    private static final LocalDate COSP5_END = date(2013, 11, 29);
    private static final LocalDate COSP6_END = date(2015, 11, 6);
    private static final LocalDate COSP7_END = date(2017, 11, 10);
    private static final LocalDate EG8 = date(2019, 5, 31);

    private final DemoBuilder b;
    private final ResponsesDemo responses;

    MandatesDemo(DemoBuilder builder) {
        this.b = builder;
        this.responses = new ResponsesDemo(builder);
    }

    void build() {
        expertMeetingMandates();
        Mandate directory = directory();
        informationExchange();
        panels();
        assetRecovery();
        untocWorkingGroup();
        irgAnalysis();
        directoryIndicators(directory);
    }

    private OperativeParagraph paragraph(String id) {
        return b.get(id, OperativeParagraph.class);
    }

    private Recommendation recommendation(String id) {
        return b.get(id, Recommendation.class);
    }

    private void expertMeetingMandates() {
        Mandate convening = b.mandate("cosp-4-2-expert-meetings", "Hold expert meetings on international cooperation",
                "举行国际合作专家会议", secretariat(b.body(EG1)), "international-cooperation");
        convening.getSourceParagraphs().add(paragraph("res-CAC-COSP-4-2-convening"));
        convening.getSourceParagraphs().add(paragraph("res-CAC-COSP-4-2-functions"));
        status(convening, COSP4_END, MandateStatus.PENDING, "Adopted at the fourth session.", "第四届会议通过。");
        status(convening, COSP5_END, MandateStatus.RECURRENT, "The Conference continued the meetings; they have met "
                + "yearly since 2012.", "缔约国会议决定继续举行，自2012年起每年一次。");

        Mandate obstacles = b.mandate("cosp-5-1-law-enforcement-obstacles", "Identify obstacles to law enforcement "
                + "cooperation and propose remedies", "查明执法合作障碍并提出对策", secretariat(b.body(EG1)),
                "law-enforcement-cooperation");
        obstacles.getSourceParagraphs().add(paragraph("res-CAC-COSP-5-1-obstacles"));
        status(obstacles, COSP5_END, MandateStatus.PENDING, "Adopted at the fifth session.", "第五届会议通过。");

        Mandate tools = b.mandate("eg1-5-electronic-tools", "Collect and share information on electronic case "
                + "management tools", "收集并分享电子案件管理工具信息", statesPartiesAndSecretariat(), ELECTRONIC_TOOLS);
        tools.getSourceRecommendations().add(recommendation("rec-CAC-COSP-EG.1-5-electronic-tools"));
        tools.setReportTo(b.meeting(EG1, "6"));
        status(tools, date(2016, 11, 18), MandateStatus.PENDING, "Recommended by the fifth expert meeting.",
                "第五次专家会议提出。");
        NoteVerbale note = note(tools, "nv-2017-03-14", date(2017, 3, 14), "Request to Member States for information on "
                + "case management software used in international cooperation.", "请会员国介绍国际合作中使用的案件管理软件。",
                ELECTRONIC_TOOLS);
        status(tools, note.getDate(), MandateStatus.IN_PROGRESS, "Note verbale sent.", "已发出普通照会。");
        issued(tools, "action-eg1-2017-crp1", null, "CAC/COSP/EG.1/2017/CRP.1", "Conference room paper prepared from "
                + "the replies.", "根据答复编写了会议室文件。");
        reported(tools, "action-eg1-electronic-tools-eg6", date(2017, 11, 6), b.meeting(EG1, "6"), "4",
                "CAC/COSP/EG.1/2017/CRP.1");
        status(tools, COSP7_END, MandateStatus.SUPERSEDED, "Resolution 7/1 folded the subject into the wider "
                + "information exchange.", "第7/1号决议将该议题并入更广泛的信息交流。");

        Mandate civil = b.mandate("cosp-6-4-civil-administrative", "Gather information on civil and administrative "
                + "proceedings against corruption", "收集利用民事和行政诉讼反腐败的信息", statesPartiesAndSecretariat(),
                CIVIL_ADMINISTRATIVE);
        civil.getSourceParagraphs().add(paragraph("res-CAC-COSP-6-4-civil-administrative"));
        civil.getSourceRecommendations().add(recommendation("rec-CAC-COSP-EG.1-5-civil-administrative"));
        civil.setReportTo(b.meeting(EG1, "6"));
        status(civil, COSP6_END, MandateStatus.PENDING, "Adopted at the sixth session.", "第六届会议通过。");
        NoteVerbale civilNote = note(civil, "nv-2017-01-17", date(2017, 1, 17), "Request to States parties for "
                + "information on civil and administrative proceedings and their focal points.",
                "请缔约国提供民事和行政诉讼及相关联络点的信息。", CIVIL_ADMINISTRATIVE);
        status(civil, civilNote.getDate(), MandateStatus.IN_PROGRESS, "Note verbale sent.", "已发出普通照会。");
        NoteVerbaleReminder reminder = DemoBuilder.F.createNoteVerbaleReminder();
        reminder.setId(b.id("nv-2017-05-08-reminder", reminder));
        reminder.setDate(date(2017, 5, 8));
        reminder.setReminded(civilNote);
        reminder.setNote(text("Reminder of the note of 17 January 2017.", "对2017年1月17日照会的催复。"));
        civil.getActions().add(reminder);
        issued(civil, "action-cosp-2017-2", null, "CAC/COSP/2017/2", "Note on cooperation in civil and administrative "
                + "proceedings issued.", "印发了关于民事和行政诉讼合作的说明。");
        status(civil, COSP7_END, MandateStatus.SUPERSEDED, "Resolution 7/1 carried the subject on into the expert "
                + "meeting's information exchange.", "第7/1号决议将该议题延续到专家会议的信息交流中。");
    }

    private Mandate directory() {
        Mandate directory = b.mandate("competent-authorities-directory", "Keep the online directory of competent "
                + "national authorities up to date", "维护国家主管机关在线名录", statesPartiesAndSecretariat(),
                "competent-authorities-directory");
        directory.getSourceParagraphs().add(paragraph("res-CAC-COSP-4-4-focal-points"));
        directory.getSourceParagraphs().add(paragraph("res-CAC-COSP-6-4-focal-points"));
        directory.getSourceRecommendations().add(recommendation("rec-CAC-COSP-EG.1-5-extradition-directory"));
        directory.getSourceRecommendations().add(recommendation("rec-CAC-COSP-EG.1-6-directory"));
        status(directory, COSP6_END, MandateStatus.PENDING, "Focal points for civil and administrative proceedings "
                + "requested by resolution 6/4.", "第6/4号决议要求指定民事和行政诉讼联络点。");
        NoteVerbale note = note(directory, "nv-2017-06-13", date(2017, 6, 13), "Encourages States to update the online "
                + "directory, including focal points for civil and administrative proceedings.",
                "鼓励各国更新在线名录，包括民事和行政诉讼国际合作联络点。", "competent-authorities-directory");
        status(directory, note.getDate(), MandateStatus.IN_PROGRESS, "Note verbale sent.", "已发出普通照会。");
        status(directory, date(2017, 11, 7), MandateStatus.RECURRENT, "The sixth expert meeting asked for continued "
                + "maintenance.", "第六次专家会议要求继续维护。");
        reported(directory, "action-directory-eg8", EG8, b.meeting(EG1, "8"), "5", null);
        return directory;
    }

    private void informationExchange() {
        Mandate exchange = b.mandate("cosp-7-1-information-exchange", "Collect information from States on the "
                + "expert meeting's topics and report on it", "就专家会议议题向各国收集信息并提出报告",
                statesPartiesAndSecretariat(), ELECTRONIC_TOOLS, REFUSAL_DELAY, CIVIL_ADMINISTRATIVE, LEGAL_BASIS,
                CENTRAL_AUTHORITIES, DE_MINIMIS);
        for (String key : List.of("electronic-tools", "expert-meeting-topics", "legal-basis-statistics")) {
            exchange.getSourceParagraphs().add(paragraph("res-CAC-COSP-7-1-" + key));
        }
        exchange.getSourceRecommendations().add(recommendation("rec-CAC-COSP-EG.1-6-central-authorities"));
        exchange.getSourceRecommendations().add(recommendation("rec-CAC-COSP-EG.1-6-de-minimis"));
        exchange.getSourceRecommendations().add(recommendation("rec-CAC-COSP-EG.1-8-47a"));
        exchange.setReportTo(b.meeting(EG1, "7"));
        status(exchange, COSP7_END, MandateStatus.PENDING, "Adopted at the seventh session.", "第七届会议通过。");

        NoteVerbale first = note(exchange, "nv-2018-02-09", date(2018, 2, 9), "Request to States parties for "
                + "information on all topics of resolution 7/1 and of the sixth expert meeting.",
                "请缔约国就第7/1号决议和第六次专家会议涉及的各项议题提供信息。", ELECTRONIC_TOOLS, REFUSAL_DELAY,
                CIVIL_ADMINISTRATIVE, LEGAL_BASIS, CENTRAL_AUTHORITIES, DE_MINIMIS);
        responses.repliesTo2018Note(first);
        status(exchange, first.getDate(), MandateStatus.IN_PROGRESS, "Note verbale sent.", "已发出普通照会。");
        reported(exchange, "action-exchange-eg7", date(2018, 6, 8), b.meeting(EG1, "7"), "5", null);

        note(exchange, "nv-2018-12-17", date(2018, 12, 17), "New request to all States parties on "
                + "the same topics, ahead of the eighth expert meeting; replies received by 13 March 2019 are "
                + "summarized in CAC/COSP/EG.1/2019/2.",
                "在第八次专家会议前就同一议题再次向所有缔约国征求信息；截至2019年3月13日的答复摘要载于CAC/COSP/EG.1/2019/2。",
                ELECTRONIC_TOOLS, REFUSAL_DELAY, CIVIL_ADMINISTRATIVE, LEGAL_BASIS);
        issued(exchange, "action-eg1-2019-2", date(2019, 3, 13), "CAC/COSP/EG.1/2019/2", "Summary of the replies "
                + "received by 13 March 2019 (the date is that of the cut-off).", "截至2019年3月13日所收答复的摘要（日期为截止日）。");
        reported(exchange, "action-exchange-eg8", EG8, b.meeting(EG1, "8"), "3", "CAC/COSP/EG.1/2019/2");
        status(exchange, EG8, MandateStatus.RECURRENT, "The eighth expert meeting asked States to keep the information "
                + "coming, recommendation 47 (a).", "第八次专家会议第47(a)段建议各国继续提供信息。");
        exchange.setReportTo(b.meeting(EG1, "8"));
    }

    private void panels() {
        Mandate panel = b.mandate("cosp-7-1-para-27-panel", "Hold an expert panel on refusals and delays of assistance "
                + "requests", "就协助请求被拒和延误举行专家小组讨论", secretariat(b.body(EG1)), REFUSAL_DELAY);
        panel.getSourceParagraphs().add(paragraph("res-CAC-COSP-7-1-op-27"));
        panel.setReportTo(b.meeting(EG1, "8"));
        status(panel, COSP7_END, MandateStatus.PENDING, "Adopted at the seventh session.", "第七届会议通过。");
        ExpertPanel held = DemoBuilder.F.createExpertPanel();
        held.setId(b.id("action-panel-eg8", held));
        held.setDate(EG8);
        held.setMeeting(b.meeting(EG1, "8"));
        held.setName(text("Panel on refusals and delays of mutual legal assistance requests",
                "司法协助请求被拒和延误问题专题小组"));
        held.setNote(text("Panellists from Brazil, the Republic of Korea, Switzerland and UNODC.",
                "讨论嘉宾来自巴西、大韩民国、瑞士和毒品和犯罪问题办公室。"));
        panel.getActions().add(held);
        status(panel, EG8, MandateStatus.COMPLETED, "Panel held at the eighth expert meeting.", "已在第八次专家会议上举行。");

        Mandate panels = b.mandate("eg1-8-47f-panels", "Keep organizing expert panels for the expert meeting",
                "继续为专家会议组织专家小组讨论", secretariat(b.body(EG1)), "expert-panels");
        panels.getSourceRecommendations().add(recommendation("rec-CAC-COSP-EG.1-8-47f"));
        status(panels, EG8, MandateStatus.PENDING, "Recommended by the eighth expert meeting.", "第八次专家会议提出。");
        panel.setSuccessor(panels);

        Mandate synergies = b.mandate("eg1-8-47g-synergies", "Seek synergies with the UNTOC working group on "
                + "international cooperation", "促进与有组织犯罪公约国际合作工作组的协同",
                secretariat(b.body(EG1), b.body(UntocWorkingGroupDemo.WG3)), "synergies");
        synergies.getSourceRecommendations().add(recommendation("rec-CAC-COSP-EG.1-8-47g"));
        status(synergies, EG8, MandateStatus.PENDING, "Recommended by the eighth expert meeting.", "第八次专家会议提出。");

        Mandate participation = b.mandate("eg1-8-47h-participation", "Encourage experts to take part in the expert "
                + "meeting", "推动专家参加专家会议", secretariat(b.body(EG1)), "participation");
        participation.getSourceRecommendations().add(recommendation("rec-CAC-COSP-EG.1-8-47h"));
        status(participation, EG8, MandateStatus.PENDING, "Recommended by the eighth expert meeting.", "第八次专家会议提出。");
    }

    private void assetRecovery() {
        Meeting eleventh = b.meeting(AssetRecoveryDemo.WG2, "11");
        Meeting twelfth = b.meeting(AssetRecoveryDemo.WG2, "12");
        Mandate sharing = b.mandate("cosp-6-2-article-56", "Best practices and guidelines for timely sharing of "
                + "information under article 56", "制定第五十六条下及时分享信息的最佳做法和准则",
                secretariat(b.body(AssetRecoveryDemo.WG2)), ARTICLE_56);
        sharing.getSourceParagraphs().add(paragraph("res-CAC-COSP-6-2-article-56"));
        sharing.getSourceParagraphs().add(paragraph("res-CAC-COSP-7-1-asset-recovery"));
        sharing.setReportTo(twelfth);
        status(sharing, COSP6_END, MandateStatus.PENDING, "Adopted at the sixth session.", "第六届会议通过。");
        NoteVerbale note = note(sharing, "nv-2017-05-02", date(2017, 5, 2), "Request to States for information on "
                + "spontaneous sharing of information about proceeds of crime.", "请各国介绍自发分享犯罪所得信息的情况。",
                ARTICLE_56);
        responses.repliesToAssetRecoveryNote(note);
        status(sharing, note.getDate(), MandateStatus.IN_PROGRESS, "Note verbale sent.", "已发出普通照会。");
        reported(sharing, "action-article-56-wg2-11", date(2017, 8, 24), eleventh, null, "CAC/COSP/WG.2/2017/2");
        status(sharing, COSP7_END, MandateStatus.RECURRENT, "Resolution 7/1 continued the working group's task.",
                "第7/1号决议延续了工作组的该项任务。");
        reported(sharing, "action-article-56-wg2-12", date(2018, 6, 6), twelfth, "4", null);
        issued(sharing, "action-wg2-2018-crp2", null, "CAC/COSP/WG.2/2018/CRP.2", "Directory of asset-recovery "
                + "networks made available to the working group.", "向工作组提供了资产追回网络名录。");
    }

    private void untocWorkingGroup() {
        String prefix = "rec-CTOC-COP-WG.3-" + UntocWorkingGroupDemo.MEETING_2015 + "-2";
        LocalDate adopted = date(2015, 10, 28);
        Mandate tool = b.mandate("wg3-2015-g-request-writer", "Finalize the revised request writer tool and report on "
                + "its pilot", "完成请求书撰写工具修订版并报告试用情况", secretariat(b.body(UntocWorkingGroupDemo.COP)),
                "cooperation-tools");
        tool.getSourceRecommendations().add(recommendation(prefix + "g"));
        tool.setReportTo(b.meeting(UntocWorkingGroupDemo.COP, "8"));
        status(tool, adopted, MandateStatus.PENDING, "Recommended by the working group.", "工作组提出。");

        Mandate split = b.mandate("wg3-2015-i-directory-parts", "Divide the directory of competent authorities into "
                + "two parts", "将主管当局名录分为两部分", secretariat(), "competent-authorities-directory");
        split.getSourceRecommendations().add(recommendation(prefix + "i"));
        status(split, adopted, MandateStatus.PENDING, "Recommended by the working group.", "工作组提出。");

        Mandate joint = b.mandate("wg3-2015-m-joint-investigations", "Update and finalize the draft report on joint "
                + "investigations", "更新并定稿联合调查报告草稿", secretariat(), "joint-investigations");
        joint.getSourceRecommendations().add(recommendation(prefix + "m"));
        status(joint, adopted, MandateStatus.PENDING, "Recommended by the working group.", "工作组提出。");
    }

    private void irgAnalysis() {
        Mandate analysis = b.mandate("cosp-6-1-first-cycle-analysis", "Analyse the outcomes of the first review "
                + "cycle", "分析第一审议周期的成果", secretariat(b.body(UncacCooperationDemo.IRG)), "review-mechanism");
        analysis.getSourceParagraphs().add(paragraph("res-CAC-COSP-6-1-first-cycle-analysis"));
        analysis.setReportTo(b.meeting(UncacCooperationDemo.IRG, "10"));
        status(analysis, COSP6_END, MandateStatus.PENDING, "Adopted at the sixth session.", "第六届会议通过。");
        issued(analysis, "action-irg-2019-3", null, "CAC/COSP/IRG/2019/3", "Analysis of the first-cycle reviews "
                + "submitted to the tenth session.", "向第十届会议提交了第一周期审议分析。");
    }

    private void directoryIndicators(Mandate directory) {
        indicator(directory, "mla-central-authorities", "Central authorities for mutual legal assistance",
                "司法协助中央机关", 129, 129);
        indicator(directory, "prevention-authorities", "Authorities for the prevention of corruption", "预防腐败机关",
                112, 115);
        indicator(directory, "asset-recovery-focal-points", "Asset-recovery focal points", "资产追回联络点", 80, 80);
        indicator(directory, "extradition-central-authorities", "Central authorities for extradition", "引渡中央机关",
                23, 24);
        indicator(directory, "civil-administrative-focal-points", "Focal points for civil and administrative "
                + "proceedings", "民事和行政诉讼联络点", 32, 32);
        Mandate exchange = b.get("mandate-cosp-7-1-information-exchange", Mandate.class);
        Indicator replies = DemoBuilder.F.createIndicator();
        replies.setId(b.id("indicator-nv-2018-02-09-replies", replies));
        replies.setName(text("Replies to the note verbale of 9 February 2018", "对2018年2月9日普通照会的答复"));
        replies.setMandate(exchange);
        replies.setUnit("States parties");
        replies.getObservations().add(observation(ResponsesDemo.REPLIES_AS_OF, 13, "Count given in the progress note "
                + "of April 2018.", "2018年4月进展说明给出的数字。"));
        b.workspace.getIndicators().add(replies);
    }

    private void indicator(Mandate mandate, String key, String english, String chinese, int march2018, int may2019) {
        Indicator indicator = DemoBuilder.F.createIndicator();
        indicator.setId(b.id("indicator-directory-" + key, indicator));
        indicator.setName(text("Directory: " + english, "名录：" + chinese));
        indicator.setMandate(mandate);
        indicator.setUnit("States parties");
        indicator.getObservations().add(observation(date(2018, 3, 27), march2018, "Directory count as of 27 March "
                + "2018.", "名录截至2018年3月27日的数字。"));
        indicator.getObservations().add(observation(date(2019, 5, 1), may2019, "Directory count as of 1 May 2019, "
                + "reported to the eighth expert meeting.", "名录截至2019年5月1日的数字，已向第八次专家会议通报。"));
        b.workspace.getIndicators().add(indicator);
    }

    private static Observation observation(LocalDate date, double value, String english, String chinese) {
        Observation observation = DemoBuilder.F.createObservation();
        observation.setDate(date);
        observation.setValue(value);
        observation.setNote(text(english, chinese));
        return observation;
    }

    private NoteVerbale note(Mandate mandate, String id, LocalDate date, String english, String chinese,
            String... topics) {
        NoteVerbale note = DemoBuilder.F.createNoteVerbale();
        note.setId(b.id(id, note));
        note.setDate(date);
        note.setNote(text(english, chinese));
        note.setAddressees(statesParties());
        note.getTopics().addAll(List.of(topics));
        mandate.getActions().add(note);
        return note;
    }

    private void issued(Mandate mandate, String id, LocalDate date, String symbol, String english, String chinese) {
        DocumentIssued issued = DemoBuilder.F.createDocumentIssued();
        issued.setId(b.id(id, issued));
        issued.setDate(date);
        issued.setDocument(b.document(symbol));
        issued.setNote(text(english, chinese));
        mandate.getActions().add(issued);
    }

    private void reported(Mandate mandate, String id, LocalDate date, Meeting meeting, String agendaItem,
            String symbol) {
        ReportedToMeeting reported = DemoBuilder.F.createReportedToMeeting();
        reported.setId(b.id(id, reported));
        reported.setDate(date);
        reported.setMeeting(meeting);
        if (agendaItem != null) {
            reported.setAgendaItem(b.get(meeting.getId() + "-item-" + agendaItem, AgendaItem.class));
        }
        if (symbol != null) {
            reported.setDocument(b.document(symbol));
        }
        reported.setNote(text("Reported to the " + MultilingualTextQuery.value(meeting.getTitle(), "en").orElseThrow()
                .toLowerCase(Locale.ROOT) + ".", "已向" + MultilingualTextQuery.value(meeting.getTitle(), "zh").orElseThrow() + "报告。"));
        mandate.getActions().add(reported);
    }
}
