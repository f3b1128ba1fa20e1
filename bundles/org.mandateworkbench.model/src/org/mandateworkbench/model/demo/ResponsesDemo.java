package org.mandateworkbench.model.demo;

import static org.mandateworkbench.model.demo.DemoBuilder.date;
import static org.mandateworkbench.model.demo.DemoBuilder.text;

import java.time.LocalDate;

import org.mandateworkbench.model.Classification;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.TopicSummary;

/**
 * The replies of States to the notes verbales, summarized per topic in English and Chinese.
 * <p>
 * The progress note of April 2018 says 13 States parties had replied to the note of 9 February 2018
 * by 15 March 2018 and summarizes the eleven whose replies held substantive information; the other
 * two are recorded without a State. The exact arrival dates are not in the sources, so every one of
 * the 13 carries 15 March 2018, the latest date they allow. One further reply, dated after that
 * day, is illustrative only and says so in its text: it lets "as of" queries give different counts.
 */
final class ResponsesDemo {

    static final String ELECTRONIC_TOOLS = "electronic-tools";
    static final String REFUSAL_DELAY = "refusal-delay";
    static final String CIVIL_ADMINISTRATIVE = "civil-administrative";
    static final String LEGAL_BASIS = "legal-basis-statistics";
    static final String CENTRAL_AUTHORITIES = "central-authority-challenges";
    static final String DE_MINIMIS = "de-minimis";
    static final String ARTICLE_56 = "asset-recovery-article-56";

    /** The date by which the 13 replies to the note of 9 February 2018 had arrived. */
    static final LocalDate REPLIES_AS_OF = date(2018, 3, 15);

    private final DemoBuilder b;

    ResponsesDemo(DemoBuilder builder) {
        this.b = builder;
    }

    void repliesTo2018Note(NoteVerbale note) {
        reply(note, "ARG",
                ELECTRONIC_TOOLS, "Uses a custom stand-alone program, DAJINGES, for criminal and civil cooperation and "
                        + "child abduction: it assigns cases, tracks deadlines and produces statistics, but does not "
                        + "measure response times.",
                "使用自行开发的独立程序DAJINGES处理刑事、民事合作和儿童诱拐案件，可分配案件、监控期限、生成统计，但不记录答复耗时。",
                REFUSAL_DELAY, "Delays come from incomplete requests; proposes a website with treaties and request "
                        + "templates and more training on the Convention as legal basis.",
                "拖延多因请求不完整；建议建立载有条约和请求模板的网站，并加强以《公约》为法律依据的培训。",
                CIVIL_ADMINISTRATIVE, "Little experience with civil and administrative cooperation, but no legal "
                        + "obstacle to assisting with civil measures.",
                "民事和行政合作经验很少，但在民事措施方面提供协助没有法律障碍。",
                LEGAL_BASIS, "Its information system, in place since 2010, shows the Convention as legal basis in 20 "
                        + "per cent of assistance requests.",
                "据其2010年启用的信息系统，约20%的司法协助请求以《公约》为法律依据。",
                CENTRAL_AUTHORITIES, "Faces differing legal systems, translation, incomplete requests and a large daily "
                        + "volume of incoming information.",
                "面临法律制度差异、翻译、请求不完整以及每日信息量过大等困难。",
                DE_MINIMIS, "Applies no de minimis threshold to incoming requests.", "对收到的请求不设最低限度标准。");
        reply(note, "AUS",
                ELECTRONIC_TOOLS, "Rebuilding its custom extradition and assistance database with off-the-shelf tools; "
                        + "it tracks offence, status, officer, next steps and key dates and scans paper files.",
                "正在用现成工具重建定制的引渡和司法协助数据库，记录罪名、状态、经办人、后续步骤和关键日期，并扫描纸质文件。",
                REFUSAL_DELAY, "May postpone or refuse help that would harm its own investigations; must refuse in "
                        + "death-penalty cases without an assurance; stresses early informal contact.",
                "协助若妨碍本国调查可推迟或拒绝；涉及死刑且无保证时须拒绝；强调尽早进行非正式接触。",
                CIVIL_ADMINISTRATIVE, "Its assistance scheme covers criminal matters only.", "其司法协助制度仅适用于刑事事项。",
                LEGAL_BASIS, "Keeps no statistics yet; recording the Convention as legal basis is part of the rebuilt "
                        + "database.",
                "目前无相关统计，新数据库将记录是否以《公约》为依据。",
                DE_MINIMIS, "Its mutual assistance law lists refusal grounds that include de minimis considerations; "
                        + "reasons are given to the requesting State.",
                "其刑事互助法规定的拒绝理由包括最低限度考虑，拒绝时向请求国说明理由。");
        reply(note, "AUT",
                ELECTRONIC_TOOLS, "Sent a handbook on its e-justice applications: custom case automation and electronic "
                        + "legal communication systems, moving to fully digital files under Justice 3.0.",
                "提交了电子司法应用手册：定制的案件自动化和电子法律通信系统，并在“司法3.0”下推进全面数字化。",
                LEGAL_BASIS, "Keeps no statistics on the Convention as legal basis.", "未统计以《公约》为法律依据的情况。");
        reply(note, "HUN",
                ELECTRONIC_TOOLS, "The prosecution service registers all requests in its case system; the police use "
                        + "the integrated Robotzsaru system.",
                "检察机关在案件系统中登记全部请求；警方使用Robotzsaru综合系统。",
                REFUSAL_DELAY, "Unclear descriptions of the offence cause delays; national security can justify refusal; "
                        + "suggests early informal contact.",
                "犯罪描述不清会造成拖延；国家安全可作为拒绝理由；建议尽早非正式接触。",
                LEGAL_BASIS, "Keeps no statistics on the Convention as legal basis.", "未统计以《公约》为法律依据的情况。",
                CENTRAL_AUTHORITIES, "Legal-system differences and translation are the main hurdles; suggests contact "
                        + "before a request is sent.",
                "主要困难是法律制度差异和翻译；建议发出请求前先行联系。",
                DE_MINIMIS, "Applies no de minimis threshold.", "不设最低限度标准。");
        reply(note, "LTU",
                ELECTRONIC_TOOLS, "The Ministry of Justice uses a general document system; the Prosecutor General's "
                        + "Office has a tailored cooperation module with limited statistics.",
                "司法部使用通用文件系统；总检察长办公室有定制的合作模块，但统计功能有限。",
                REFUSAL_DELAY, "Refusals follow from requests not meeting treaty form, lack of dual criminality or "
                        + "expired limitation periods; broad requests cause delay.",
                "拒绝多因请求不符合条约格式、缺乏双重犯罪或时效已过；请求范围过宽导致拖延。",
                CIVIL_ADMINISTRATIVE, "Can help in administrative matters where only administrative penalties apply.",
                "在仅适用行政处罚的情况下可就行政事项提供协助。",
                LEGAL_BASIS, "No statistics, but the Convention can serve as legal basis, civil and administrative "
                        + "matters included.",
                "无统计，但《公约》可用作法律依据，包括民事和行政事项。",
                CENTRAL_AUTHORITIES, "Legal-system differences and translation are challenges.", "法律制度差异和翻译构成挑战。",
                DE_MINIMIS, "No specific rules; all requests are treated alike.", "无具体规定，所有请求一视同仁。");
        reply(note, "ARM",
                ELECTRONIC_TOOLS, "Neither the prosecution nor the Ministry of Justice uses special software.",
                "检察机关和司法部均未使用专门软件。",
                LEGAL_BASIS, "Has neither sent nor received a request under the Convention.", "从未依据《公约》发出或收到请求。");
        reply(note, "KOR",
                ELECTRONIC_TOOLS, "Uses only general office software such as spreadsheets.", "仅使用电子表格等通用办公软件。",
                REFUSAL_DELAY, "Requests often lack the facts needed for a search warrant; recommends early informal "
                        + "contact.",
                "请求常缺少签发搜查令所需的事实；建议尽早非正式接触。",
                CIVIL_ADMINISTRATIVE, "Suggests stating confidentiality expressly in the request.", "建议在请求中明确提出保密要求。",
                LEGAL_BASIS, "Keeps no statistics on the Convention as legal basis.", "未统计以《公约》为法律依据的情况。",
                CENTRAL_AUTHORITIES, "Differences between legal systems are the main challenge.", "主要挑战是法律制度差异。",
                DE_MINIMIS, "Applies no de minimis threshold.", "不设最低限度标准。");
        reply(note, "NOR",
                ELECTRONIC_TOOLS, "Government and police use ordinary, non-custom case systems; work is electronic "
                        + "but the systems do not talk to each other.",
                "政府和警方使用非定制的普通案件系统，可全电子化办公，但各系统互不连通。",
                REFUSAL_DELAY, "Incomplete requests delay; national security, sovereignty and lack of dual criminality "
                        + "can lead to refusal; standard templates would help.",
                "请求不完整导致拖延；国家安全、主权和缺乏双重犯罪可导致拒绝；标准模板会有帮助。",
                CIVIL_ADMINISTRATIVE, "Little or no experience.", "几乎没有相关经验。",
                CENTRAL_AUTHORITIES, "Reports no particular challenges.", "未遇到特别挑战。",
                DE_MINIMIS, "No specific rules or experience.", "无具体规定或经验。");
        reply(note, "DNK",
                REFUSAL_DELAY, "Incomplete requests are the usual cause of delay.", "拖延通常源于请求不完整。",
                CIVIL_ADMINISTRATIVE, "Little or no experience.", "几乎没有相关经验。",
                LEGAL_BASIS, "Keeps no statistics on the Convention as legal basis.", "未统计以《公约》为法律依据的情况。",
                DE_MINIMIS, "No specific rules or experience.", "无具体规定或经验。");
        reply(note, "KWT",
                REFUSAL_DELAY, "Incomplete requests are the usual cause of delay.", "拖延通常源于请求不完整。",
                CIVIL_ADMINISTRATIVE, "No legal obstacle to civil or administrative assistance; proposes coordination and "
                        + "a procedural guideline to protect confidentiality.",
                "提供民事或行政协助没有法律障碍；建议加强协调并制定保护机密的程序准则。",
                LEGAL_BASIS, "The Convention can and will be used as legal basis, also in civil and administrative "
                        + "matters.",
                "《公约》可以并将会用作法律依据，包括民事和行政事项。",
                CENTRAL_AUTHORITIES, "Incomplete requests are a challenge; proposes guidelines on assistance under the "
                        + "Convention.",
                "请求不完整是一项挑战；建议制定《公约》下的司法协助指导方针。");
        reply(note, "ROU",
                CIVIL_ADMINISTRATIVE, "Can assist in criminal matters only.", "只能在刑事事项上提供协助。",
                LEGAL_BASIS, "Convention used in 13 outgoing and 4 incoming requests in 2017, 5 and 3 in 2016, and 13 "
                        + "and 3 in 2015.",
                "以《公约》为依据的请求：2017年发出13项、收到4项；2016年5项和3项；2015年13项和3项。",
                CENTRAL_AUTHORITIES, "Reports no particular challenges.", "未遇到特别挑战。");
        for (int i = 1; i <= 2; i++) {
            StateResponse unnamed = response(note, "unnamed-" + i, null, REPLIES_AS_OF);
            unnamed.setSubstantive(false);
            summary(unnamed, "acknowledgement", "Reply from a State party the progress note does not name; it held no "
                    + "substantive information.", "进展说明未列名的某缔约国的答复，未载实质性信息。");
        }
        StateResponse late = response(note, "illustrative-late", null, date(2018, 5, 15));
        late.setSubstantive(true);
        summary(late, ELECTRONIC_TOOLS, "Illustrative reply added for the demonstration, not taken from any document: "
                + "it arrives after 15 March 2018.", "演示用的示例答复，并非取自任何文件：于2018年3月15日之后收到。");
    }

    void repliesToAssetRecoveryNote(NoteVerbale note) {
        for (String iso3 : new String[] { "BHR", "BEL", "DNK", "MMR", "PRY", "PHL", "SDN" }) {
            StateResponse response = response(note, iso3, b.state(iso3).getIsoCode(), null);
            response.setSubstantive(true);
            summary(response, ARTICLE_56, "Reply on spontaneous sharing of information under article 56, used to update "
                    + "the background paper for the June 2018 meeting.",
                    "关于依第五十六条自发分享信息的答复，用于更新2018年6月会议的背景文件。");
        }
    }

    private void reply(NoteVerbale note, String iso3, String... topicEnglishChinese) {
        StateResponse response = response(note, iso3, iso3, REPLIES_AS_OF);
        response.setSubstantive(true);
        for (int i = 0; i < topicEnglishChinese.length; i += 3) {
            summary(response, topicEnglishChinese[i], topicEnglishChinese[i + 1], topicEnglishChinese[i + 2]);
        }
    }

    private StateResponse response(NoteVerbale note, String key, String iso3, LocalDate received) {
        StateResponse response = DemoBuilder.F.createStateResponse();
        response.setId(b.id(note.getId() + "-" + key, response));
        response.setState(iso3 == null ? null : b.state(iso3));
        response.setReceivedDate(received);
        response.setClassification(Classification.PUBLIC);
        note.getResponses().add(response);
        return response;
    }

    private static void summary(StateResponse response, String topic, String english, String chinese) {
        TopicSummary summary = DemoBuilder.F.createTopicSummary();
        summary.setTopic(topic);
        summary.setSummary(text(english, chinese));
        response.getTopicSummaries().add(summary);
        if (!response.getTopics().contains(topic)) {
            response.getTopics().add(topic);
        }
    }
}
