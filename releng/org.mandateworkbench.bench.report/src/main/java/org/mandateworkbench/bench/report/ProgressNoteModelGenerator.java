package org.mandateworkbench.bench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mandateworkbench.model.AgendaItem;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.DocumentType;
import org.mandateworkbench.model.Indicator;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.MultilingualText;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.Observation;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.ReportedToMeeting;
import org.mandateworkbench.model.Resolution;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.StatusChange;
import org.mandateworkbench.model.TopicSummary;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.model.symbol.DocumentSymbol;

/**
 * Generates a workspace shaped like the secretariat's, at the scale of P5: one meeting with a given
 * number of mandates reported to it, each cited to a resolution paragraph, with a note verbale that
 * every one of the given number of States answered on each of the mandate's topics. A State's summary
 * is one of a few dozen texts per topic (seeded), so some States share a paragraph, as in real notes.
 */
final class ProgressNoteModelGenerator {

    static final String SYMBOL_PREFIX = "BENCH/EG.1";
    static final int MEETING_ORDINAL = 7;
    static final LocalDate AS_OF = LocalDate.of(2018, 3, 15);

    private static final MandatesFactory F = MandatesFactory.eINSTANCE;
    private static final int TOPICS_PER_MANDATE = 3;
    private static final int SUMMARIES_PER_TOPIC = 40;

    private final int mandates;
    private final int states;
    private final Random random = new Random(20180315L);

    ProgressNoteModelGenerator(int mandates, int states) {
        this.mandates = mandates;
        this.states = states;
    }

    MandateWorkspace generate() {
        MandateWorkspace workspace = F.createMandateWorkspace();
        List<State> parties = states(workspace);
        Body body = F.createBody();
        body.setId("body-bench");
        body.setAcronym("EG");
        body.setSymbolPrefix(SYMBOL_PREFIX);
        body.setName(text("Expert meeting on international cooperation", "国际合作专家会议"));
        workspace.getBodies().add(body);
        Meeting meeting = F.createMeeting();
        meeting.setId("meeting-bench-7");
        meeting.setOrdinal(MEETING_ORDINAL);
        meeting.setTitle(text("Seventh expert meeting", "第七次专家会议"));
        meeting.setVenue(text("Vienna", "维也纳"));
        meeting.setStartDate(LocalDate.of(2018, 6, 6));
        meeting.setEndDate(LocalDate.of(2018, 6, 8));
        body.getMeetings().add(meeting);
        AgendaItem item = F.createAgendaItem();
        item.setId("meeting-bench-7-item-5");
        item.setNumber("5");
        item.setTitle(text("Progress in implementing the mandates", "任务授权执行进展"));
        meeting.getAgenda().add(item);
        Document agenda = document(workspace, SYMBOL_PREFIX + "/2018/1", DocumentType.PROVISIONAL_AGENDA);
        agenda.setMeeting(meeting);
        agenda.getAgendaItems().add(item);
        Resolution resolution = F.createResolution();
        resolution.setId("resolution-bench-7-1");
        resolution.setNumber("7/1");
        resolution.setDocument(document(workspace, "BENCH/COSP/2017/15", DocumentType.REPORT));
        meeting.getResolutions().add(resolution);
        for (int m = 1; m <= mandates; m++) {
            mandate(workspace, meeting, item, resolution, parties, m);
        }
        return workspace;
    }

    private List<State> states(MandateWorkspace workspace) {
        List<State> parties = new ArrayList<>();
        for (int s = 1; s <= states; s++) {
            State state = F.createState();
            state.setId("state-" + s);
            state.setIsoCode(String.format("S%03d", s));
            state.setName(text("State " + s, "国家" + s));
            workspace.getStates().add(state);
            parties.add(state);
        }
        return parties;
    }

    private void mandate(MandateWorkspace workspace, Meeting meeting, AgendaItem item, Resolution resolution,
            List<State> parties, int m) {
        OperativeParagraph paragraph = F.createOperativeParagraph();
        paragraph.setId("resolution-bench-7-1-p" + m);
        paragraph.setNumber(m);
        paragraph.setText(text("Requests the secretariat to report on subject " + m + ".", "请秘书处就第" + m + "项议题提出报告。"));
        resolution.getParagraphs().add(paragraph);
        Mandate mandate = F.createMandate();
        mandate.setId("mandate-" + m);
        mandate.setTitle(text("Collect information on subject " + m, "收集关于第" + m + "项议题的信息"));
        mandate.getSourceParagraphs().add(paragraph);
        mandate.setReportTo(meeting);
        List<String> topics = new ArrayList<>();
        for (int t = 1; t <= TOPICS_PER_MANDATE; t++) {
            topics.add("subject-" + m + "-aspect-" + t);
        }
        mandate.getTopics().addAll(topics);
        StatusChange adopted = F.createStatusChange();
        adopted.setDate(LocalDate.of(2017, 11, 10));
        adopted.setStatus(MandateStatus.IN_PROGRESS);
        mandate.getStatusChanges().add(adopted);
        workspace.getMandates().add(mandate);

        NoteVerbale note = F.createNoteVerbale();
        note.setId("nv-" + m);
        note.setDate(LocalDate.of(2018, 2, 9));
        note.setNote(text("Request for information on subject " + m + ".", "请求提供关于第" + m + "项议题的信息。"));
        note.getTopics().addAll(topics);
        mandate.getActions().add(note);
        for (State state : parties) {
            StateResponse response = F.createStateResponse();
            response.setId(note.getId() + "-" + state.getIsoCode());
            response.setState(state);
            response.setReceivedDate(LocalDate.of(2018, 2, 10).plusDays(random.nextInt(60)));
            response.setSubstantive(true);
            for (String topic : topics) {
                int variant = random.nextInt(SUMMARIES_PER_TOPIC);
                TopicSummary summary = F.createTopicSummary();
                summary.setTopic(topic);
                summary.setSummary(text("Reported practice number " + variant + " on " + topic
                        + ", with the legal basis, the authorities involved and the cases handled in the period.",
                        "报告了关于" + topic + "的第" + variant + "种做法，包括法律依据、所涉机关和该期间处理的案件。"));
                response.getTopicSummaries().add(summary);
                response.getTopics().add(topic);
            }
            note.getResponses().add(response);
        }
        ReportedToMeeting reported = F.createReportedToMeeting();
        reported.setId("reported-" + m);
        reported.setDate(LocalDate.of(2018, 6, 8));
        reported.setMeeting(meeting);
        reported.setAgendaItem(item);
        mandate.getActions().add(reported);

        Indicator indicator = F.createIndicator();
        indicator.setId("indicator-" + m);
        indicator.setName(text("Replies on subject " + m, "关于第" + m + "项议题的答复"));
        indicator.setMandate(mandate);
        indicator.setUnit("States");
        for (int month = 2; month <= 4; month++) {
            Observation observation = F.createObservation();
            observation.setDate(LocalDate.of(2018, month, 1));
            observation.setValue(random.nextInt(states));
            indicator.getObservations().add(observation);
        }
        workspace.getIndicators().add(indicator);
    }

    private static Document document(MandateWorkspace workspace, String symbol, DocumentType type) {
        Document document = F.createDocument();
        document.setSymbol(DocumentSymbol.parse(symbol));
        document.setType(type);
        workspace.getDocuments().add(document);
        return document;
    }

    private static MultilingualText text(String english, String chinese) {
        MultilingualText text = MultilingualTextQuery.of("en", english);
        MultilingualTextQuery.put(text, "zh", chinese);
        return text;
    }
}
