package org.mandateworkbench.index.tests.query;

import java.time.LocalDate;

import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.TopicSummary;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.model.symbol.DocumentSymbol;

/** A small hand-written workspace with known texts, dates, addressees and State responses. */
final class FixtureWorkspace {

    static final MandatesFactory F = MandatesFactory.eINSTANCE;

    private FixtureWorkspace() {
    }

    static MandateWorkspace create() {
        MandateWorkspace workspace = F.createMandateWorkspace();
        Body body = body(workspace, "EG", "X/EG");

        Meeting first = meeting(body, "meeting-x-1", 1, LocalDate.of(2017, 6, 8));
        Meeting second = meeting(body, "meeting-x-2", 2, LocalDate.of(2019, 5, 31));
        Document report2017 = document(workspace, "X/EG/2017/4", LocalDate.of(2017, 6, 20));
        Document report2019 = document(workspace, "X/EG/2019/2", LocalDate.of(2019, 6, 3));
        Document background = document(workspace, "Y/WG/2020/3", LocalDate.of(2020, 2, 10));
        LanguageVersion chinese = F.createLanguageVersion();
        chinese.setLanguage("zh");
        chinese.setText("本文件概述各国引渡条约的范本。");
        background.getVersions().add(chinese);
        LanguageVersion english = F.createLanguageVersion();
        english.setLanguage("en");
        english.setTitle("Without text: not a unit of search");
        background.getVersions().add(english);

        recommendation(first, "rec-1a", 10, "a", statesParties(), report2017,
                "States should consider the needs of women and children who are victims.", "各国应考虑作为受害人的妇女和儿童的需要。");
        recommendation(first, "rec-1b", 10, "b", secretariat(body), report2017,
                "The secretariat should collect data on refusals of assistance.", "秘书处应收集拒绝协助的数据。");
        recommendation(second, "rec-2a", 5, "a", secretariat(body), report2019,
                "The secretariat should prepare an analysis of the criteria for refusal.", "秘书处应就拒绝标准编写分析。");
        recommendation(second, "rec-2b", 5, "b", statesParties(), report2019,
                "States should not refuse requests for lack of dual criminality alone.", "各国不应仅因缺乏双重犯罪而拒绝请求。");

        Mandate mandate = F.createMandate();
        mandate.setId("mandate-1");
        mandate.setTitle(MultilingualTextQuery.of("en", "Gather information on refusals of mutual legal assistance"));
        MultilingualTextQuery.put(mandate.getTitle(), "zh", "收集拒绝司法协助的信息");
        mandate.setStatus(MandateStatus.IN_PROGRESS);
        mandate.setAddressees(secretariat(body));
        mandate.getSourceRecommendations().add(second.getRecommendations().get(0));
        workspace.getMandates().add(mandate);

        NoteVerbale note = F.createNoteVerbale();
        note.setId("nv-1");
        note.setReference("CU 2019/100");
        note.setDate(LocalDate.of(2019, 7, 1));
        note.setNote(MultilingualTextQuery.of("en", "Invites States, as the Republic of Korea proposed, to describe grounds for refusal."));
        mandate.getActions().add(note);

        StateCatalog catalog = StateCatalog.standard();
        response(workspace, catalog, note, "KOR", LocalDate.of(2019, 9, 2),
                "Refusal happens when dual criminality is lacking.", "缺乏双重犯罪时予以拒绝。");
        response(workspace, catalog, note, "NOR", LocalDate.of(2019, 9, 20),
                "National security can lead to refusal.", "国家安全可导致拒绝。");
        return workspace;
    }

    /** @return a new body of the workspace, its id made of the symbol prefix */
    static Body body(MandateWorkspace workspace, String acronym, String symbolPrefix) {
        Body body = F.createBody();
        body.setId("body-" + symbolPrefix.replace('/', '-'));
        body.setAcronym(acronym);
        body.setSymbolPrefix(symbolPrefix);
        workspace.getBodies().add(body);
        return body;
    }

    /** @return a new recommendation of the meeting with an English text only */
    static Recommendation recommendation(Meeting meeting, String id, String english) {
        Recommendation recommendation = F.createRecommendation();
        recommendation.setId(id);
        recommendation.setText(MultilingualTextQuery.of("en", english));
        meeting.getRecommendations().add(recommendation);
        return recommendation;
    }

    static Meeting meeting(Body body, String id, int ordinal, LocalDate date) {
        Meeting meeting = F.createMeeting();
        meeting.setId(id);
        meeting.setOrdinal(ordinal);
        meeting.setStartDate(date);
        body.getMeetings().add(meeting);
        return meeting;
    }

    private static Document document(MandateWorkspace workspace, String symbol, LocalDate date) {
        Document document = F.createDocument();
        document.setSymbol(DocumentSymbol.parse(symbol));
        document.setDate(date);
        workspace.getDocuments().add(document);
        return document;
    }

    private static void recommendation(Meeting meeting, String id, int paragraph, String letter, Addressees addressees,
            Document report, String english, String chinese) {
        Recommendation recommendation = F.createRecommendation();
        recommendation.setId(id);
        recommendation.setParagraphNumber(paragraph);
        recommendation.setLetter(letter);
        recommendation.setAddressees(addressees);
        recommendation.setDocument(report);
        recommendation.setText(MultilingualTextQuery.of("en", english));
        MultilingualTextQuery.put(recommendation.getText(), "zh", chinese);
        meeting.getRecommendations().add(recommendation);
    }

    private static void response(MandateWorkspace workspace, StateCatalog catalog, NoteVerbale note, String iso3,
            LocalDate received, String english, String chinese) {
        State state = catalog.createState(catalog.byIso3(iso3).orElseThrow());
        workspace.getStates().add(state);
        StateResponse response = F.createStateResponse();
        response.setId("response-" + iso3);
        response.setState(state);
        response.setReceivedDate(received);
        TopicSummary summary = F.createTopicSummary();
        summary.setTopic("refusal");
        summary.setSummary(MultilingualTextQuery.of("en", english));
        MultilingualTextQuery.put(summary.getSummary(), "zh", chinese);
        response.getTopicSummaries().add(summary);
        note.getResponses().add(response);
    }

    static Addressees statesParties() {
        Addressees addressees = F.createAddressees();
        addressees.setAllStatesParties(true);
        return addressees;
    }

    static Addressees secretariat(Body body) {
        Addressees addressees = F.createAddressees();
        addressees.setSecretariat(true);
        addressees.getBodies().add(body);
        return addressees;
    }
}
