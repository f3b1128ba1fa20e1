package org.mandateworkbench.model.demo;

import static org.mandateworkbench.model.demo.DemoBuilder.date;
import static org.mandateworkbench.model.demo.DemoBuilder.secretariat;
import static org.mandateworkbench.model.demo.DemoBuilder.statesParties;
import static org.mandateworkbench.model.demo.DemoBuilder.statesPartiesAndSecretariat;
import static org.mandateworkbench.model.demo.DemoBuilder.text;
import static org.mandateworkbench.model.demo.DemoBuilder.vienna;

import java.time.LocalDate;

import org.mandateworkbench.model.Attendance;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.DocumentType;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.Officer;
import org.mandateworkbench.model.OfficerRole;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.Resolution;
import org.mandateworkbench.model.ResolutionKind;

/**
 * The UNCAC side of the demo: the Conference of the States Parties, its sessions 3 to 7 with the
 * resolutions the seeds cite, the expert meeting on international cooperation (meetings 3 to 8),
 * the Implementation Review Group, and the documents of those meetings.
 */
final class UncacCooperationDemo {

    static final String COSP = "CAC/COSP";
    static final String EG1 = "CAC/COSP/EG.1";
    static final String IRG = "CAC/COSP/IRG";

    // States parties listed as attending the eighth expert meeting (31 May 2019).
    static final String[] EIGHTH_MEETING_STATES = { "AFG", "ALB", "DZA", "AGO", "ARG", "ARM", "AUT", "AZE", "BHR",
            "BEL", "BEN", "BTN", "BOL", "BRA", "BGR", "BFA", "BDI", "KHM", "CMR", "CAN", "CHN", "COL", "CIV", "HRV",
            "CUB", "CZE", "DOM", "ECU", "EGY", "SLV", "FRA", "GEO", "DEU", "GHA", "GRC", "GTM", "HND", "IND", "IDN",
            "IRN", "IRQ", "IRL", "ISR", "ITA", "JPN", "KAZ", "KEN", "KWT", "KGZ", "LBN", "LBY", "MYS", "MLT", "MEX",
            "MAR", "MMR", "NLD", "NER", "NGA", "OMN", "PAK", "PAN", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR",
            "RUS", "SAU", "SLE", "SGP", "SVK", "ZAF", "ESP", "PSE", "CHE", "THA", "TGO", "TUN", "TUR", "UGA", "UKR",
            "ARE", "TZA", "USA", "VEN", "VNM", "ZMB", "ZWE" };

    private final DemoBuilder b;

    UncacCooperationDemo(DemoBuilder builder) {
        this.b = builder;
    }

    void build() {
        Body cosp = b.body(COSP, "COSP", "UNCAC", null, "Conference of the States Parties to the United Nations "
                + "Convention against Corruption", "联合国反腐败公约缔约国会议");
        b.body(EG1, "EG.1", "UNCAC", cosp, "Open-ended intergovernmental expert meeting to enhance international "
                + "cooperation under the Convention", "加强《公约》下国际合作的政府间专家会议（不限成员名额）");
        b.body(AssetRecoveryDemo.WG2, "WG.2", "UNCAC", cosp, "Open-ended intergovernmental working group on asset "
                + "recovery", "资产追回问题政府间工作组（不限成员名额）");
        b.body(IRG, "IRG", "UNCAC", cosp, "Implementation Review Group", "实施情况审议组");
        sessions();
        expertMeetings();
        Meeting irg10 = b.meeting(IRG, "10", 10, null, null, vienna(),
                text("Tenth session of the Implementation Review Group", "实施情况审议组第十届会议"));
        b.document("CAC/COSP/IRG/2019/3", DocumentType.NOTE_BY_SECRETARIAT, irg10, null,
                "Lessons of the first review cycle on chapters III and IV: draft non-binding recommendations and "
                        + "conclusions",
                "从第一审议周期总结的第三章和第四章实施经验：不具约束力的建议和结论草案");
    }

    private void sessions() {
        Meeting third = b.meeting(COSP, "3", 3, date(2009, 11, 9), date(2009, 11, 13), text("Doha", "多哈"),
                text("Third session of the Conference", "缔约国会议第三届会议"));
        b.resolution(third, "3/3", ResolutionKind.RESOLUTION, "Resolution 3/3 on asset recovery",
                "关于资产追回的第3/3号决议");

        Meeting fourth = b.meeting(COSP, "4", 4, date(2011, 10, 24), date(2011, 10, 28), text("Marrakech", "马拉喀什"),
                text("Fourth session of the Conference", "缔约国会议第四届会议"));
        Resolution r42 = b.resolution(fourth, "4/2", ResolutionKind.RESOLUTION,
                "Convening expert meetings to enhance international cooperation", "第4/2号决议：召开国际合作专家会议");
        b.paragraph(r42, 0, "convening", secretariat(), "Decides that open-ended expert meetings on international "
                + "cooperation shall advise the Conference on extradition and mutual legal assistance.",
                "决定举行国际合作专家会议，在引渡和司法协助方面为缔约国会议出谋划策。");
        b.paragraph(r42, 0, "functions", secretariat(b.body(EG1)), "Gives the expert meeting five functions: build "
                + "knowledge, encourage cooperation among existing initiatives, spread good practice, build trust "
                + "between requesting and requested States, and identify capacity-building needs.",
                "为专家会议规定五项职能：积累知识、促进现有举措相互合作、推广良好做法、增进请求国与被请求国互信、查明能力建设需要。");
        Resolution r44 = b.resolution(fourth, "4/4", ResolutionKind.RESOLUTION,
                "Resolution 4/4 on international cooperation in asset recovery", "关于资产追回国际合作的第4/4号决议");
        b.paragraph(r44, 0, "focal-points", statesParties(), "Basis on which States parties designate asset-recovery "
                + "focal points, listed in the online directory of competent authorities.",
                "缔约国据此指定资产追回联络点，并列入主管机关在线名录。");

        Meeting fifth = b.meeting(COSP, "5", 5, date(2013, 11, 25), date(2013, 11, 29),
                text("Panama City", "巴拿马城"), text("Fifth session of the Conference", "缔约国会议第五届会议"));
        Resolution r51 = b.resolution(fifth, "5/1", ResolutionKind.RESOLUTION,
                "Resolution 5/1 on law enforcement cooperation", "关于执法合作的第5/1号决议");
        b.paragraph(r51, 0, "obstacles", secretariat(b.body(EG1)), "Asks the expert meeting to keep identifying "
                + "obstacles to law enforcement cooperation in detecting corruption offences and to propose ways to "
                + "remove them.", "要求专家会议继续查找侦查腐败犯罪执法合作中的障碍，并提出消除办法。");
        b.paragraph(r51, 9, null, secretariat(b.body(EG1)), "Paragraph cited by a speaker at the eighth expert meeting "
                + "when joint meetings with the UNTOC working group were discussed.",
                "第八次专家会议讨论与有组织犯罪公约工作组联合开会时，有发言者援引本段。");
        b.resolution(fifth, "5/3", ResolutionKind.RESOLUTION, "Resolution 5/3 on asset recovery",
                "关于资产追回的第5/3号决议");

        Meeting sixth = b.meeting(COSP, "6", 6, date(2015, 11, 2), date(2015, 11, 6),
                text("Saint Petersburg", "圣彼得堡"), text("Sixth session of the Conference", "缔约国会议第六届会议"));
        Resolution r61 = b.resolution(sixth, "6/1", ResolutionKind.RESOLUTION,
                "Resolution 6/1 on the review of implementation", "关于实施情况审议的第6/1号决议");
        b.paragraph(r61, 0, "first-cycle-analysis", secretariat(b.body(IRG)), "Basis for the secretariat's analysis of "
                + "the country reviews of the first cycle, presented to the Implementation Review Group in 2019.",
                "秘书处据此分析第一周期国别审议结果，并于2019年提交实施情况审议组。");
        Resolution r62 = b.resolution(sixth, "6/2", ResolutionKind.RESOLUTION,
                "Resolution 6/2 on asset recovery and spontaneous sharing of information",
                "关于资产追回和主动分享信息的第6/2号决议");
        b.paragraph(r62, 0, "article-56", secretariat(b.body(AssetRecoveryDemo.WG2)), "Asks the asset-recovery working "
                + "group to start identifying best practices and drafting guidelines for proactive and timely "
                + "sharing of information under article 56.",
                "请资产追回工作组着手总结第五十六条下主动、及时分享信息的最佳做法并拟订准则。");
        Resolution r64 = b.resolution(sixth, "6/4", ResolutionKind.RESOLUTION,
                "Resolution 6/4 on international cooperation, including civil and administrative proceedings",
                "关于国际合作（含民事和行政诉讼）的第6/4号决议");
        b.paragraph(r64, 0, "civil-administrative", statesPartiesAndSecretariat(), "Invites States to tell the "
                + "secretariat, voluntarily, about civil and administrative proceedings related to corruption and "
                + "good practice under article 53; the secretariat collects, disseminates and reports.",
                "邀请各国自愿向秘书处介绍与腐败有关的民事和行政诉讼及第五十三条良好做法；秘书处负责汇集、传播和报告。");
        b.paragraph(r64, 0, "focal-points", statesPartiesAndSecretariat(), "Calls on States to name focal points for "
                + "civil and administrative proceedings against corruption; the secretariat makes the list available.",
                "吁请各国指定利用民事和行政诉讼反腐败的联络点，由秘书处汇总后提供给缔约国。");
        b.paragraph(r64, 0, "third-meeting", statesParties(), "Welcomes the conclusions and recommendations of the "
                + "third expert meeting (October 2014).", "欢迎第三次专家会议（2014年10月）的结论和建议。");

        Meeting seventh = b.meeting(COSP, "7", 7, date(2017, 11, 6), date(2017, 11, 10), vienna(),
                text("Seventh session of the Conference", "缔约国会议第七届会议"));
        Resolution r71 = b.resolution(seventh, "7/1", ResolutionKind.RESOLUTION,
                "Resolution 7/1 on international cooperation and asset recovery", "关于国际合作和资产追回的第7/1号决议");
        b.paragraph(r71, 0, "electronic-tools", statesParties(), "Calls on States that use electronic systems to manage "
                + "and track requests for assistance to keep informing the secretariat about them.",
                "吁请使用电子系统管理和跟踪协助请求的国家继续向秘书处通报相关情况。");
        b.paragraph(r71, 0, "expert-meeting-topics", secretariat(b.body(EG1)), "Continues the expert meeting and asks it "
                + "to exchange information on refusals and delays of assistance requests and on cooperation in civil "
                + "and administrative proceedings, including confidentiality.",
                "决定专家会议继续工作，交流协助请求被拒和延误、民事和行政诉讼合作及信息保密方面的情况。");
        b.paragraph(r71, 0, "legal-basis-statistics", secretariat(), "Asks the secretariat to keep gathering statistics "
                + "on the Convention's use as legal basis for mutual legal assistance, also in civil and administrative "
                + "matters and asset recovery.", "请秘书处继续收集以《公约》为司法协助法律依据的统计数据，包括民事、行政事项和资产追回。");
        b.paragraph(r71, 0, "asset-recovery", statesParties(), "Urges States to be able to pass on information about "
                + "proceeds of crime under article 56 and continues the working group's work on guidelines for "
                + "spontaneous sharing.", "促请各国能够依照第五十六条转交犯罪所得信息，并决定工作组继续拟订主动分享信息准则。");
        b.paragraph(r71, 27, null, secretariat(b.body(EG1)), "Basis for the expert panel held at the eighth expert "
                + "meeting on refusals and delays of mutual legal assistance requests.",
                "第八次专家会议关于司法协助请求被拒和延误的专题小组讨论即以此为依据。");
    }

    private void expertMeetings() {
        Meeting third = expertMeeting("3", 3, date(2014, 10, 9), date(2014, 10, 10), vienna());
        Meeting fourth = expertMeeting("4", 4, date(2015, 11, 2), date(2015, 11, 3), text("Saint Petersburg", "圣彼得堡"));
        Meeting fifth = expertMeeting("5", 5, date(2016, 11, 17), date(2016, 11, 18), vienna());
        Meeting sixth = expertMeeting("6", 6, date(2017, 11, 6), date(2017, 11, 7), vienna());
        Meeting seventh = expertMeeting("7", 7, date(2018, 6, 8), date(2018, 6, 8), vienna());
        Meeting eighth = expertMeeting("8", 8, date(2019, 5, 31), date(2019, 5, 31), vienna());

        report("CAC/COSP/EG.1/2014/3", third, "third");
        report("CAC/COSP/EG.1/2015/3", fourth, "fourth");
        report("CAC/COSP/EG.1/2016/2", fifth, "fifth");
        report("CAC/COSP/EG.1/2017/3", sixth, "sixth");
        report("CAC/COSP/EG.1/2018/4", seventh, "seventh");

        fifthRecommendations(fifth);
        sixthMeeting(sixth);
        b.document("CAC/COSP/EG.1/2018/1", DocumentType.PROVISIONAL_AGENDA, seventh, null,
                "Provisional agenda of the seventh expert meeting", "第七次专家会议临时议程");
        b.agendaItem(seventh, "5", "Tools and services of UNODC to promote international cooperation",
                "毒品和犯罪问题办公室推动国际合作的工具和服务");
        eighthMeeting(eighth);
    }

    private Meeting expertMeeting(String key, int ordinal, LocalDate start, LocalDate end,
            MultilingualText venue) {
        String[] zh = { "", "一", "二", "三", "四", "五", "六", "七", "八" };
        String[] en = { "", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth" };
        return b.meeting(EG1, key, ordinal, start, end, venue,
                text(en[ordinal] + " expert meeting on international cooperation", "第" + zh[ordinal] + "次国际合作专家会议"));
    }

    private void report(String symbol, Meeting meeting, String ordinalWord) {
        b.document(symbol, DocumentType.REPORT, meeting, null, "Report of the " + ordinalWord + " expert meeting on "
                + "international cooperation", "国际合作专家会议报告（第" + meeting.getOrdinal() + "次）");
    }

    private void fifthRecommendations(Meeting fifth) {
        Document report = b.document("CAC/COSP/EG.1/2016/2");
        b.recommendation(fifth, 0, null, "electronic-tools", statesParties(), report, "States should go on sharing "
                + "with the secretariat what electronic systems their authorities use to manage extradition and "
                + "assistance requests.", "各国应继续向秘书处介绍本国主管机关管理引渡和司法协助请求所用的电子系统。");
        b.recommendation(fifth, 0, null, "civil-administrative", statesParties(), report, "States should keep providing "
                + "information on civil and administrative proceedings related to corruption and name focal points.",
                "各国应继续提供与腐败有关的民事和行政诉讼信息，并指定联络点。");
        b.recommendation(fifth, 0, null, "extradition-directory", secretariat(), report, "The secretariat should explore "
                + "a separate part of the online directory for central authorities in charge of extradition.",
                "秘书处应研究在在线名录中单列负责引渡的中央机关。");
    }

    private void sixthMeeting(Meeting sixth) {
        b.document("CAC/COSP/EG.1/2017/2", DocumentType.NOTE_BY_SECRETARIAT, sixth, null,
                "Progress in implementing the mandates of the expert meeting (2017)", "专家会议任务授权落实进展（2017年）");
        b.document("CAC/COSP/EG.1/2017/CRP.1", DocumentType.CONFERENCE_ROOM_PAPER, sixth, null,
                "Data collection and case management systems: software used by national authorities",
                "数据收集与案件管理系统：各国主管机关所用软件");
        b.document("CAC/COSP/2017/2", DocumentType.NOTE_BY_SECRETARIAT, sixth, null,
                "International cooperation in civil and administrative proceedings on corruption offences",
                "腐败犯罪民事和行政诉讼中的国际合作");
        b.document("CAC/COSP/2017/10", DocumentType.OTHER, sixth, null,
                "Summary of the study on the state of implementation of chapters III and IV",
                "第三章和第四章实施状况研究概要");
        b.document("CAC/COSP/2017/12", DocumentType.NOTE_BY_SECRETARIAT, sixth, null,
                "Good practices and follow-up measures after the first review cycle", "第一审议周期的良好做法和后续措施");
        b.document("CAC/COSP/2017/7", DocumentType.NOTE_BY_SECRETARIAT, sixth, null,
                "Technical assistance needs emerging from the country reviews", "国别审议所反映的技术援助需要");
        b.document("CAC/COSP/2017/3", DocumentType.NOTE_BY_SECRETARIAT, sixth, null,
                "Technical assistance in support of implementation", "支持《公约》实施的技术援助");

        b.agendaItem(sixth, "1", "Opening of the meeting", "会议开幕");
        b.agendaItem(sixth, "2", "Adoption of the agenda and organization of work", "通过议程和安排工作");
        b.agendaItem(sixth, "3", "Chapter IV implementation: lessons, good practices and challenges",
                "第四章的实施：经验、良好做法和挑战");
        b.agendaItem(sixth, "4", "Electronic tools for handling and tracking extradition and assistance requests",
                "处理和跟踪引渡及司法协助请求的电子工具");
        b.agendaItem(sixth, "5", "Civil and administrative proceedings related to corruption", "与腐败有关的民事和行政诉讼");
        b.agendaItem(sixth, "6", "UNODC tools and services for international cooperation", "毒品和犯罪问题办公室的国际合作工具和服务");
        b.agendaItem(sixth, "7", "Adoption of the report, with conclusions and recommendations", "通过报告（含结论和建议）");

        Document report = b.document("CAC/COSP/EG.1/2017/3");
        b.recommendation(sixth, 0, null, "central-authorities", secretariat(), report, "The secretariat should go on "
                + "analysing practical difficulties met by central authorities handling requests under the Convention.",
                "秘书处应继续分析中央机关办理《公约》下请求时遇到的实际困难。");
        b.recommendation(sixth, 0, null, "de-minimis", secretariat(), report, "The secretariat should explore a "
                + "practical guide on how de minimis assistance requests may be handled.",
                "秘书处应研究能否编写关于如何处理轻微司法协助请求的实用指南。");
        b.recommendation(sixth, 0, null, "directory", secretariat(), report, "The secretariat should keep the online "
                + "directory of competent national authorities up to date.", "秘书处应继续维护国家主管机关在线名录。");
        b.recommendation(sixth, 0, null, "legal-basis", statesParties(), report, "States should keep using the "
                + "Convention as legal basis, narrow gaps between legal systems and, where needed, conclude detailed "
                + "bilateral assistance treaties.", "各国应继续以《公约》为法律依据，缩小法律制度差异，必要时缔结详细的双边协助条约。");
    }

    private void eighthMeeting(Meeting eighth) {
        Officer first = DemoBuilder.F.createOfficer();
        first.setRole(OfficerRole.CHAIR);
        first.setState(b.state("GTM"));
        first.setPerson(b.person("person-porras-argueta", "Maria Consuelo Porras Argueta", b.state("GTM")));
        Officer second = DemoBuilder.F.createOfficer();
        second.setRole(OfficerRole.CHAIR);
        second.setState(b.state("NGA"));
        second.setPerson(b.person("person-okeke", "Vivian N. R. Okeke", b.state("NGA")));
        eighth.getOfficers().add(first);
        eighth.getOfficers().add(second);

        Attendance attendance = DemoBuilder.F.createAttendance();
        attendance.getStates().addAll(b.states(EIGHTH_MEETING_STATES));
        for (String acronym : new String[] { "EU", "WB", "BIG", "AALCO", "GCC", "EUROJUST", "IACA", "LAS", "OSCE",
                "SMOM" }) {
            attendance.getOrganizations().add(b.organization(acronym));
        }
        eighth.setAttendance(attendance);

        b.agendaItem(eighth, "1", "Opening of the meeting", "会议开幕");
        b.agendaItem(eighth, "2", "Adoption of the agenda and organization of work", "通过议程和安排工作");
        b.agendaItem(eighth, "3", "Chapter IV implementation: lessons, good practices and challenges",
                "第四章的实施：经验、良好做法和挑战");
        b.agendaItem(eighth, "4", "Civil and administrative proceedings related to corruption", "与腐败有关的民事和行政诉讼");
        b.agendaItem(eighth, "5", "UNODC tools and services for international cooperation", "毒品和犯罪问题办公室的国际合作工具和服务");
        b.agendaItem(eighth, "6", "Adoption of the report, with conclusions and recommendations", "通过报告（含结论和建议）");

        b.document("CAC/COSP/EG.1/2019/2", DocumentType.NOTE_BY_SECRETARIAT, eighth, null,
                "Summary of the replies received by 13 March 2019 to the note verbale of 17 December 2018",
                "截至2019年3月13日对2018年12月17日普通照会的答复摘要");
        Document draft = b.document("CAC/COSP/EG.1/2019/L.1", DocumentType.REPORT, eighth, null,
                "Draft report of the eighth expert meeting", "第八次专家会议报告草稿");
        b.document("CAC/COSP/EG.1/2019/L.1/Add.1", DocumentType.REPORT, eighth, null,
                "Draft report of the eighth expert meeting, addendum 1", "第八次专家会议报告草稿增编1");
        b.document("CAC/COSP/EG.1/2019/L.1/Add.3", DocumentType.REPORT, eighth, null,
                "Draft report of the eighth expert meeting, addendum 3", "第八次专家会议报告草稿增编3");

        b.recommendation(eighth, 45, null, null, statesParties(), draft, "States parties should give one another the "
                + "widest assistance in corruption cases and simplify procedures under domestic law.",
                "缔约国应在腐败案件中相互给予最大限度的协助，并依国内法简化程序。");
        Recommendation reiteration = b.recommendation(eighth, 46, null, null, statesPartiesAndSecretariat(), draft,
                "The meeting restates the recommendations of the third to seventh expert meetings.",
                "会议重申第三至第七次专家会议的建议。");
        for (String symbol : new String[] { "CAC/COSP/EG.1/2014/3", "CAC/COSP/EG.1/2015/3", "CAC/COSP/EG.1/2016/2",
                "CAC/COSP/EG.1/2017/3", "CAC/COSP/EG.1/2018/4" }) {
            reiteration.getReiteratedReports().add(b.document(symbol));
        }
        reiteration.getReiterates().addAll(b.meeting(EG1, "5").getRecommendations());
        reiteration.getReiterates().addAll(b.meeting(EG1, "6").getRecommendations());

        b.recommendation(eighth, 47, "a", null, statesParties(), draft, "States should keep informing the secretariat "
                + "of challenges and good practices in international cooperation, so that its analysis can continue.",
                "各国应继续向秘书处通报国际合作的挑战和良好做法，供其继续分析。");
        b.recommendation(eighth, 47, "b", null, statesParties(), draft, "States should share their legal provisions on "
                + "international cooperation, with statistics and examples from transnational corruption cases.",
                "各国应分享本国国际合作法律规定，以及跨国腐败案件的统计和实例。");
        b.recommendation(eighth, 47, "c", null, statesParties(), draft, "States should simplify procedures and keep "
                + "dual criminality from blocking assistance when the conduct is criminal in both States.",
                "各国应简化程序，避免在行为双方均构成犯罪时因双重犯罪要求妨碍协助。");
        b.recommendation(eighth, 47, "d", null, statesParties(), draft, "States should exchange information on "
                + "cross-border corruption cases proactively and use law enforcement networks before formal requests.",
                "各国应主动交流跨国腐败案件信息，并在正式请求前利用执法合作网络。");
        b.recommendation(eighth, 47, "e", null, statesParties(), draft, "States should strengthen direct contact between "
                + "central authorities and keep their contact details and requirements current.",
                "各国应加强中央机关之间的直接联系，并及时更新联系信息和要求。");
        b.recommendation(eighth, 47, "f", null, secretariat(b.body(EG1)), draft, "The secretariat should go on "
                + "organizing expert panels on matters within the meeting's mandate.", "秘书处应继续就专家会议职责内的议题组织专题小组。");
        b.recommendation(eighth, 47, "g", null, secretariat(b.body(EG1), b.body(UntocWorkingGroupDemo.WG3)), draft,
                "The secretariat should seek synergies between this meeting and the UNTOC working group on "
                        + "international cooperation and consider streamlining their work.",
                "秘书处应促进本会议与有组织犯罪公约国际合作工作组的协同，并考虑精简两者工作。");
        b.recommendation(eighth, 47, "h", null, secretariat(b.body(EG1)), draft, "The secretariat should encourage "
                + "experts to take part in the meeting, including by easing operational coordination.",
                "秘书处应鼓励专家参会，包括为业务协调提供便利。");
    }
}
