package org.mandateworkbench.model.demo;

import static org.mandateworkbench.model.demo.DemoBuilder.date;
import static org.mandateworkbench.model.demo.DemoBuilder.text;
import static org.mandateworkbench.model.demo.DemoBuilder.vienna;

import org.mandateworkbench.model.DocumentType;
import org.mandateworkbench.model.Meeting;

/**
 * The asset-recovery working group (CAC/COSP/WG.2): its eleventh meeting (24-25 August 2017) and
 * the meeting of 6-7 June 2018 with the documents the background paper cites.
 */
final class AssetRecoveryDemo {

    static final String WG2 = "CAC/COSP/WG.2";

    private final DemoBuilder b;

    AssetRecoveryDemo(DemoBuilder builder) {
        this.b = builder;
    }

    void build() {
        Meeting eleventh = b.meeting(WG2, "11", 11, date(2017, 8, 24), date(2017, 8, 25), vienna(),
                text("Eleventh meeting of the working group on asset recovery", "资产追回问题工作组第十一次会议"));
        Meeting twelfth = b.meeting(WG2, "12", 12, date(2018, 6, 6), date(2018, 6, 7), vienna(),
                text("Twelfth meeting of the working group on asset recovery", "资产追回问题工作组第十二次会议"));
        b.agendaItem(twelfth, "4", "Thematic discussion: timely sharing of information under article 56 and "
                + "coordination among asset-recovery networks", "专题讨论：依第五十六条及时分享信息与资产追回网络间的协调");

        b.document("CAC/COSP/WG.2/2017/1", DocumentType.OTHER, eleventh, null,
                "Document of the eleventh meeting of the working group", "工作组第十一次会议文件");
        b.document("CAC/COSP/WG.2/2017/2", DocumentType.BACKGROUND_PAPER, eleventh, null,
                "Proactive and timely sharing of information under article 56", "依第五十六条主动及时分享信息");
        b.document("CAC/COSP/WG.2/2017/4", DocumentType.REPORT, eleventh, null,
                "Report of the eleventh meeting of the working group", "工作组第十一次会议报告");
        b.document("CAC/COSP/WG.2/2016/2", DocumentType.OTHER, null, null,
                "Working group document on settlements in foreign bribery cases", "关于外国贿赂案件和解的工作组文件");
        b.document("CAC/COSP/2017/8", DocumentType.OTHER, null, null,
                "Conference document of 2017 on spontaneous sharing of information", "2017年关于自发分享信息的缔约国会议文件");
        b.document("CAC/COSP/WG.2/2018/1", DocumentType.PROVISIONAL_AGENDA, twelfth, null,
                "Provisional agenda of the twelfth meeting", "第十二次会议临时议程");
        b.document("CAC/COSP/WG.2/2018/2", DocumentType.NOTE_BY_SECRETARIAT, twelfth, null,
                "Progress in implementing the asset-recovery mandates (2018)", "资产追回任务授权落实进展（2018年）");
        b.document("CAC/COSP/WG.2/2018/CRP.2", DocumentType.CONFERENCE_ROOM_PAPER, twelfth, null,
                "Directory of asset-recovery networks worldwide", "全球资产追回网络名录");
        b.document("CAC/COSP/WG.2/2019/2", DocumentType.NOTE_BY_SECRETARIAT, null, null,
                "Progress in implementing the asset-recovery mandates (2019)", "资产追回任务授权落实进展（2019年）");
        b.document("A/RES/71/208", DocumentType.OTHER, null, null,
                "General Assembly resolution 71/208 on preventing and combating corruption", "大会关于预防和打击腐败的第71/208号决议");
    }
}
