package org.mandateworkbench.model.demo;

import static org.mandateworkbench.model.demo.DemoBuilder.date;
import static org.mandateworkbench.model.demo.DemoBuilder.secretariat;
import static org.mandateworkbench.model.demo.DemoBuilder.statesParties;
import static org.mandateworkbench.model.demo.DemoBuilder.statesPartiesAndSecretariat;
import static org.mandateworkbench.model.demo.DemoBuilder.text;
import static org.mandateworkbench.model.demo.DemoBuilder.vienna;

import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.AgendaItem;
import org.mandateworkbench.model.Attendance;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.DocumentType;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.Officer;
import org.mandateworkbench.model.OfficerRole;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.ResolutionKind;

/**
 * The UNTOC side of the demo: the Conference of the Parties, the sessions whose decisions the seeds
 * cite, and its working group on international cooperation with the meeting of 27-28 October 2015
 * (recommendations (a) to (o)) and the tenth meeting of 16 October 2018.
 */
final class UntocWorkingGroupDemo {

    static final String COP = "CTOC/COP";
    static final String WG3 = "CTOC/COP/WG.3";
    /** Key of the 2015 meeting: the seed gives its dates, not its number. */
    static final String MEETING_2015 = "2015-10";

    // States parties listed as attending the 2015 meeting.
    static final String[] MEETING_2015_STATES = { "AFG", "DZA", "AGO", "ARG", "AUT", "BHR", "BOL", "BRA", "CAN", "CHL",
            "CHN", "COL", "CRI", "HRV", "CUB", "CYP", "CZE", "DOM", "ECU", "SLV", "FIN", "FRA", "GHA", "GTM", "VAT", "HUN",
            "IND", "IDN", "IRQ", "IRL", "ITA", "KEN", "LBN", "MDG", "MEX", "MAR", "MMR", "NLD", "NGA", "NOR", "OMN", "PAK",
            "PAN", "PER", "PHL", "POL", "PRT", "QAT", "ROU", "RUS", "SMR", "SAU", "SVK", "ZAF", "ESP", "SDN", "SWE", "CHE",
            "THA", "TUN", "TUR", "ARE", "USA", "URY", "VEN", "YEM" };

    private final DemoBuilder b;

    UntocWorkingGroupDemo(DemoBuilder builder) {
        this.b = builder;
    }

    void build() {
        Body cop = b.body(COP, "COP", "UNTOC", null, "Conference of the Parties to the United Nations Convention "
                + "against Transnational Organized Crime", "联合国打击跨国有组织犯罪公约缔约方会议");
        b.body(WG3, "WG.3", "UNTOC", cop, "Working group on international cooperation", "国际合作问题工作组");

        Meeting second = b.meeting(COP, "2", 2, date(2005, 10, 10), date(2005, 10, 21), vienna(),
                text("Second session of the Conference of the Parties", "缔约方会议第二届会议"));
        b.resolution(second, "2/2", ResolutionKind.DECISION, "Decision 2/2 establishing an open-ended working group "
                + "on international cooperation", "第2/2号决定：设立国际合作问题工作组");
        Meeting third = b.meeting(COP, "3", 3, date(2006, 10, 9), date(2006, 10, 18), vienna(),
                text("Third session of the Conference of the Parties", "缔约方会议第三届会议"));
        b.resolution(third, "3/2", ResolutionKind.DECISION, "Decision 3/2 making the working group a constant element "
                + "of the Conference", "第3/2号决定：工作组成为缔约方会议的常设组成部分");
        Meeting fourth = b.meeting(COP, "4", 4, date(2008, 10, 8), date(2008, 10, 17), vienna(),
                text("Fourth session of the Conference of the Parties", "缔约方会议第四届会议"));
        b.document("CTOC/COP/2008/CRP.5", DocumentType.CONFERENCE_ROOM_PAPER, fourth, null,
                "Draft report of the informal expert working group on joint investigations", "联合调查问题非正式专家工作组报告草稿");
        b.meeting(COP, "8", 8, date(2016, 10, 17), date(2016, 10, 21), vienna(),
                text("Eighth session of the Conference of the Parties", "缔约方会议第八届会议"));
        Meeting ninth = b.meeting(COP, "9", 9, date(2018, 10, 15), date(2018, 10, 19), vienna(),
                text("Ninth session of the Conference of the Parties", "缔约方会议第九届会议"));
        b.resolution(ninth, "9/1", ResolutionKind.RESOLUTION, "Resolution 9/1 establishing the mechanism for the review "
                + "of implementation of the Convention and its Protocols", "第9/1号决议：建立公约及其议定书实施情况审议机制");

        meeting2015();
        b.meeting(WG3, "10", 10, date(2018, 10, 16), date(2018, 10, 16), vienna(),
                text("Tenth meeting of the working group on international cooperation", "国际合作问题工作组第十次会议"));
    }

    private void meeting2015() {
        Meeting meeting = b.meeting(WG3, MEETING_2015, 0, date(2015, 10, 27), date(2015, 10, 28), vienna(),
                text("Meeting of the working group on international cooperation, October 2015",
                        "国际合作问题工作组会议（2015年10月）"));
        Officer chair = DemoBuilder.F.createOfficer();
        chair.setRole(OfficerRole.CHAIR);
        chair.setState(b.state("USA"));
        chair.setPerson(b.person("person-burrows", "Thomas Burrows", b.state("USA")));
        meeting.getOfficers().add(chair);
        b.person("person-warner", "David Warner", b.state("USA"));
        b.person("person-saadi", "Ricardo Andrade Saadi", b.state("BRA"));
        b.person("person-rodriguez", "Cesar Mauricio Rodriguez", b.state("COL"));
        b.person("person-roman", "Dana Maria Roman", b.state("ROU"));

        Attendance attendance = DemoBuilder.F.createAttendance();
        attendance.getStates().addAll(b.states(MEETING_2015_STATES));
        attendance.getObserverStates().addAll(b.states("JPN", "KOR"));
        for (String acronym : new String[] { "EU", "UNESCO", "AALCO", "EJN", "EUROPOL", "LAS", "OSCE", "OECD" }) {
            attendance.getOrganizations().add(b.organization(acronym));
        }
        meeting.setAttendance(attendance);

        AgendaItem organizational = b.agendaItem(meeting, "1", "Organizational matters", "组织事项");
        b.subItem(organizational, "(a)", "Opening of the meeting", "会议开幕");
        b.subItem(organizational, "(b)", "Adoption of the agenda and organization of work", "通过议程和安排工作");
        b.agendaItem(meeting, "2", "Gathering and sharing electronic evidence", "电子证据的收集与共享");
        b.agendaItem(meeting, "3", "Making the most of liaison officers and police-to-police channels",
                "充分利用联络官和警务合作渠道");
        b.agendaItem(meeting, "4", "Update by the secretariat on its international cooperation tools",
                "秘书处介绍国际合作工具的最新情况");
        b.agendaItem(meeting, "5", "The Convention as legal basis for cooperation against all forms of organized crime",
                "以《公约》为打击各类有组织犯罪合作的法律依据");
        b.agendaItem(meeting, "6", "Other matters", "其他事项");
        b.agendaItem(meeting, "7", "Adoption of the report", "通过报告");

        b.document("CTOC/COP/WG.3/2015/1", DocumentType.PROVISIONAL_AGENDA, meeting, null,
                "Annotated provisional agenda", "临时议程及说明");
        b.document("CTOC/COP/WG.3/2015/2", DocumentType.BACKGROUND_PAPER, meeting, null,
                "Background paper on gathering and sharing electronic evidence", "关于收集和共享电子证据的背景文件");
        b.document("CTOC/COP/WG.3/2015/3", DocumentType.BACKGROUND_PAPER, meeting, null,
                "Background paper on the Convention as legal basis for international cooperation",
                "关于以《公约》为国际合作法律依据的背景文件");
        b.document("CTOC/COP/WG.3/2015/INF/1/Rev.1", DocumentType.LIST_OF_PARTICIPANTS,
                meeting, null, "List of participants", "与会者名单");
        recommendations(meeting);
    }

    /** Paragraph 2 (a)-(o). The report's own symbol is not in the seeds, so no document is linked. */
    private void recommendations(Meeting meeting) {
        Body wg3 = b.body(WG3);
        recommend(meeting, "a", secretariat(), "The secretariat should keep preparing training material on gathering "
                + "and sharing electronic evidence under the Convention.", "秘书处应继续编写《公约》框架下电子证据收集与共享的培训材料。");
        recommend(meeting, "b", statesPartiesAndSecretariat(), "The secretariat should bring electronic evidence into its "
                + "cooperation tools, and States should send material for the SHERLOC portal.",
                "秘书处应把电子证据纳入各类合作工具，各国应向SHERLOC门户提供材料。");
        recommend(meeting, "c", statesParties(), "Member States should make law enforcement cooperation more effective "
                + "through information-sharing systems and direct channels between authorities.",
                "会员国应通过信息共享系统和主管机关间直接渠道提升执法合作成效。");
        recommend(meeting, "d", statesParties(), "Member States should look for ways to ease cooperation on digital "
                + "evidence, including faster formal assistance procedures.", "会员国应探索便利数字证据合作的途径，包括加快正式协助程序。");
        recommend(meeting, "e", statesParties(), "Member States should encourage informal consultation before formal "
                + "requests and publish clear guidance on their procedures.", "会员国应鼓励在正式请求前非正式磋商，并公布明确的程序指引。");
        Addressees training = statesParties();
        training.getActors().add(b.organization("UNODC"));
        recommend(meeting, "f", training, "Member States should consider supporting technical assistance, including "
                + "by UNODC, to train law enforcement and liaison officers.", "会员国应考虑支持包括毒品和犯罪问题办公室在内的技术援助，培训执法人员和联络官。");
        recommend(meeting, "g", secretariat(b.body(COP)), "The secretariat should further develop its cooperation tools, "
                + "finalize the revised request writer tool and report on its pilot use to the eighth session.",
                "秘书处应进一步开发合作工具，完成司法协助请求书撰写工具修订版，并向第八届会议报告试用情况。");
        recommend(meeting, "h", secretariat(), "The secretariat should collect and share national laws and guides that "
                + "help practitioners draft and send assistance requests quickly.", "秘书处应收集并分享有助于迅速起草和发送协助请求的各国法律和指南。");
        recommend(meeting, "i", secretariat(), "The secretariat should split the directory of competent authorities "
                + "into central authorities for assistance and other authorities and informal channels.",
                "秘书处应将主管当局名录分为司法协助中央当局和其他当局及非正式渠道两部分。");
        recommend(meeting, "j", secretariat(), "The secretariat should invite States parties to update their "
                + "notifications under article 16, paragraph 5 (a).", "秘书处应邀请缔约国更新依第16条第5款(a)项所作的通知。");
        recommend(meeting, "k", statesParties(), "States parties should use the Convention more as legal basis for "
                + "assistance and bring domestic law into line with article 18.", "缔约国应更多以《公约》为司法协助法律依据，并使国内法符合第18条。");
        recommend(meeting, "l", statesPartiesAndSecretariat(), "Member States should consider a virtual global network "
                + "of central authorities, set up with the secretariat's help and extrabudgetary funds.",
                "会员国应考虑在秘书处协助下利用预算外资源建立中央当局虚拟全球网络。");
        recommend(meeting, "m", secretariat(), "The secretariat should update and finalize the draft report of the "
                + "informal expert working group on joint investigations.", "秘书处应更新并定稿联合调查问题非正式专家工作组的报告草稿。");
        recommend(meeting, "n", secretariat(wg3), "States parties should send practitioners dealing with the "
                + "cooperation provisions to future sessions of the working group.", "缔约国今后派团参会时应考虑派出负责国际合作条款的从业人员。")
                .getAddressees().setAllStatesParties(true);
        recommend(meeting, "o", statesPartiesAndSecretariat(), "States parties and the secretariat should time future "
                + "meetings so that practitioners can attend and resources are used well.",
                "缔约国应与秘书处协调今后会议的时间安排，便利从业人员参会并节约资源。");
    }

    private Recommendation recommend(Meeting meeting, String letter, Addressees addressees,
            String english, String chinese) {
        return b.recommendation(meeting, 2, letter, null, addressees, null, english, chinese);
    }
}
