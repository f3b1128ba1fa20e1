package org.mandateworkbench.bench.search;

import java.util.List;

/**
 * The phrases the corpus generator composes paragraphs from, written for this benchmark in the style
 * of meeting outcomes on treaty implementation. English and Chinese lists are aligned index by index,
 * so the two language versions of a generated paragraph say the same thing.
 */
final class Vocabulary {

    /** Who acts, and whom the paragraph addresses: a recommendation or resolution opener. */
    record Opener(String english, String chinese, String addressee) {
    }

    static final List<Opener> OPENERS = List.of(
            new Opener("The Working Group recommends that States parties", "工作组建议各缔约国", "states-parties"),
            new Opener("States parties are encouraged to", "鼓励各缔约国", "states-parties"),
            new Opener("The Conference requests the secretariat to", "缔约国会议请秘书处", "secretariat"),
            new Opener("The Review Group invites States parties to", "审议组邀请各缔约国", "states-parties"),
            new Opener("The meeting notes with appreciation the efforts of States parties to",
                    "会议赞赏地注意到各缔约国为此作出的努力，以便", "states-parties"),
            new Opener("The Conference decides to", "缔约国会议决定", ""),
            new Opener("The Group urges States parties to", "小组敦促各缔约国", "states-parties"),
            new Opener("The meeting further recommends that the secretariat", "会议还建议秘书处", "secretariat"),
            new Opener("The secretariat is requested to", "请秘书处", "secretariat"),
            new Opener("The experts agreed that it would be useful to", "专家们一致认为，宜", ""),
            new Opener("The Conference calls upon all States to", "缔约国会议吁请所有国家", "states-parties"),
            new Opener("The Working Group invites the secretariat, within existing resources, to",
                    "工作组邀请秘书处在现有资源范围内", "secretariat"));

    /** What is to be done: the core of a paragraph. */
    static final List<String[]> ACTIONS = List.of(
            pair("continue to develop electronic tools for tracking requests for mutual legal assistance",
                    "继续开发用于跟踪司法协助请求的电子工具"),
            pair("designate focal points for asset recovery and keep their contact details current",
                    "指定资产追回联络点并随时更新其联系信息"),
            pair("review the requirement of dual criminality when cooperation is sought for minor offences",
                    "在就轻微犯罪寻求合作时审查双重犯罪要求"),
            pair("share information on beneficial ownership with the competent authorities of other States",
                    "与其他国家的主管机关分享受益所有权信息"),
            pair("strengthen the protection of reporting persons, witnesses and experts",
                    "加强对举报人、证人和鉴定人的保护"),
            pair("take into account the particular needs of women and children affected by corruption",
                    "考虑到受腐败影响的妇女和儿童的特殊需要"),
            pair("provide technical assistance to requesting States on a voluntary basis",
                    "在自愿基础上向提出请求的国家提供技术援助"),
            pair("publish statistics on the number of requests received, executed and refused",
                    "公布所收到、执行和拒绝的请求数量的统计数据"),
            pair("simplify the procedures for the return of confiscated assets to their legitimate owners",
                    "简化将没收的资产返还其合法所有人的程序"),
            pair("use the Convention as the legal basis for extradition in the absence of a treaty",
                    "在没有条约的情况下以公约作为引渡的法律依据"),
            pair("reduce undue delays in the execution of incoming requests",
                    "减少执行收到的请求时的不当延误"),
            pair("train judges, prosecutors and financial investigators in international cooperation",
                    "培训法官、检察官和金融调查人员开展国际合作"),
            pair("establish central authorities with adequate staff and resources",
                    "设立配备充足人员和资源的中央机关"),
            pair("promote the use of videoconferencing for hearing witnesses located abroad",
                    "推广使用视频会议听取身在国外的证人的证词"),
            pair("encourage the spontaneous transmission of information without prior request",
                    "鼓励在无事先请求的情况下自发提供信息"),
            pair("update the online directory of competent national authorities",
                    "更新国家主管机关在线名录"),
            pair("support the participation of civil society and the private sector in prevention",
                    "支持民间社会和私营部门参与预防工作"),
            pair("develop practical guidance on non-conviction-based confiscation",
                    "制定关于未经定罪的没收的实用指导意见"),
            pair("convene expert panels on emerging challenges in the recovery of proceeds of crime",
                    "召集专家小组讨论追回犯罪所得方面新出现的挑战"),
            pair("report on the progress made at its next session",
                    "在下届会议上报告所取得的进展"),
            pair("freeze and seize the proceeds of corruption at an early stage of investigations",
                    "在调查的早期阶段冻结和扣押腐败所得"),
            pair("conclude bilateral agreements on the sharing of confiscated property",
                    "缔结关于分享没收财产的双边协定"),
            pair("facilitate direct contact between law enforcement agencies of different countries",
                    "便利不同国家执法机构之间的直接联系"),
            pair("prevent the misuse of legal persons for laundering the proceeds of bribery",
                    "防止利用法人清洗贿赂所得"),
            pair("compile good practices in the management of seized assets",
                    "汇编扣押资产管理方面的良好做法"),
            pair("ensure that requests are translated into a language accepted by the requested State",
                    "确保请求被译成被请求国接受的语文"),
            pair("consider the transfer of criminal proceedings where this serves the interests of justice",
                    "在符合司法利益时考虑移交刑事诉讼"),
            pair("strengthen the independence of anti-corruption bodies",
                    "加强反腐败机构的独立性"));

    /** Clauses that join a further action or qualify the paragraph. */
    static final List<String[]> CONNECTORS = List.of(
            pair(", taking into account", "，同时考虑到需要"),
            pair(", and also to", "，并且"),
            pair(", in particular to", "，特别是"),
            pair(", where appropriate, to", "，并酌情"),
            pair(", subject to the availability of extrabudgetary resources, to", "，并视预算外资源的可得情况"),
            pair(", with a view to helping States to", "，以期帮助各国"));

    /** Sentences that name States; {0} and {1} stand for State names. */
    static final List<String[]> STATE_SENTENCES = List.of(
            pair("The representative of {0} described the measures taken at the national level.",
                    "{0}代表介绍了在国家一级采取的措施。"),
            pair("{0} and {1} reported that joint investigation teams had shortened the process.",
                    "{0}和{1}报告称，联合调查组缩短了办理过程。"),
            pair("The experience shared by {0} showed that informal consultations before a formal request save time.",
                    "{0}分享的经验表明，在正式请求之前进行非正式磋商可以节省时间。"),
            pair("Several speakers, including those of {0} and {1}, stressed the value of peer learning.",
                    "包括{0}和{1}的发言者在内的若干发言者强调了同行学习的价值。"));

    /** Sentences that cite a resolution ({0}), a document ({1}) or a date ({2}). */
    static final List<String[]> REFERENCES = List.of(
            pair("This follows up on resolution {0} of the Conference.", "此项工作是对缔约国会议第 {0} 号决议的后续落实。"),
            pair("Background information is contained in document {1}.", "背景资料载于 {1} 号文件。"),
            pair("The matter was last considered on {2}.", "上次审议此事是在{2}。"),
            pair("The secretariat will circulate a questionnaire before {2}, as foreseen in resolution {0}.",
                    "秘书处将按照第 {0} 号决议的设想，在{2}之前分发一份调查表。"));

    /** Words and phrases the query mix searches, English then Chinese. */
    static final List<String> ENGLISH_TERMS = List.of("extradition", "confiscation", "witnesses", "assistance",
            "focal", "ownership", "videoconferencing", "statistics", "prosecutors", "civil", "bribery", "translated",
            "independence", "seized", "investigation", "treaty", "delays", "directory", "panels", "children",
            "requests", "training", "asset", "proceeds", "guidance", "agreements", "laundering", "consultations");
    static final List<String> ENGLISH_PHRASES = List.of("dual criminality", "mutual legal assistance",
            "asset recovery", "beneficial ownership", "central authorities", "electronic tools",
            "technical assistance", "legal persons", "joint investigation teams", "expert panels");
    static final List<String> IRREGULAR = List.of("women", "woman", "child", "children", "persons", "people");
    static final List<String> CHINESE_TERMS = List.of("双重犯罪", "引渡", "资产追回", "联络点", "司法协助", "电子工具",
            "技术援助", "受益所有权", "证人", "没收", "中央机关", "视频会议", "统计数据", "检察官", "民间社会",
            "扣押", "法人", "贿赂", "延误", "妇女", "儿童", "调查表", "同行学习", "联合调查组", "独立性", "名录");

    private Vocabulary() {
    }

    private static String[] pair(String english, String chinese) {
        return new String[] { english, chinese };
    }
}
