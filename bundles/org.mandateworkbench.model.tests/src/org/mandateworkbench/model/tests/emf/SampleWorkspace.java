package org.mandateworkbench.model.tests.emf;

import static org.mandateworkbench.model.query.MultilingualTextQuery.of;

import java.time.LocalDate;

import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.BodyKind;
import org.mandateworkbench.model.Classification;
import org.mandateworkbench.model.Distribution;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.DocumentType;
import org.mandateworkbench.model.Instrument;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.Officer;
import org.mandateworkbench.model.OfficerRole;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.PartyStatusKind;
import org.mandateworkbench.model.Person;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.RegionalGroup;
import org.mandateworkbench.model.Resolution;
import org.mandateworkbench.model.ResolutionKind;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.StatusChange;
import org.mandateworkbench.model.TopicSummary;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.model.symbol.DocumentSymbol;

/** A small but connected workspace: one of everything the round-trip tests need. */
final class SampleWorkspace {

    private static final MandatesFactory F = MandatesFactory.eINSTANCE;

    private SampleWorkspace() {
    }

    static MandateWorkspace create() {
        MandateWorkspace workspace = F.createMandateWorkspace();
        workspace.setName("sample");

        Instrument uncac = F.createInstrument();
        uncac.setId("uncac");
        uncac.setAcronym("UNCAC");
        uncac.setName(of("en", "Convention against Corruption"));
        workspace.getInstruments().add(uncac);

        State china = F.createState();
        china.setId("CHN");
        china.setIsoCode("CHN");
        china.setName(of("en", "China"));
        MultilingualTextQuery.put(china.getName(), "zh", "\u4e2d\u56fd");
        china.setRegionalGroup(RegionalGroup.ASIA_PACIFIC);
        var party = F.createPartyStatus();
        party.setInstrument(uncac);
        party.setStatus(PartyStatusKind.PARTY);
        party.setDate(LocalDate.of(2006, 1, 13));
        china.getPartyStatuses().add(party);
        workspace.getStates().add(china);

        Person chair = F.createPerson();
        chair.setId("chair-1");
        chair.setName("A. Example");
        chair.setAffiliation(china);
        workspace.getPersons().add(chair);

        Body cosp = F.createBody();
        cosp.setId("cosp");
        cosp.setAcronym("COSP");
        cosp.setKind(BodyKind.GOVERNING_BODY);
        cosp.setInstrument(uncac);
        cosp.setSymbolPrefix("CAC/COSP");
        Body expertGroup = F.createBody();
        expertGroup.setId("eg1");
        expertGroup.setAcronym("EG.1");
        expertGroup.setKind(BodyKind.SUBSIDIARY_BODY);
        expertGroup.setParent(cosp);
        expertGroup.setSymbolPrefix("CAC/COSP/EG.1");
        workspace.getBodies().add(cosp);
        workspace.getBodies().add(expertGroup);

        Meeting session = F.createMeeting();
        session.setId("cosp-8");
        session.setOrdinal(8);
        session.setStartDate(LocalDate.of(2019, 12, 16));
        session.setEndDate(LocalDate.of(2019, 12, 20));
        session.setVenue(of("en", "Abu Dhabi"));
        Officer officer = F.createOfficer();
        officer.setRole(OfficerRole.CHAIR);
        officer.setPerson(chair);
        officer.setState(china);
        session.getOfficers().add(officer);
        var item = F.createAgendaItem();
        item.setId("cosp-8-item-2");
        item.setNumber("2");
        item.setTitle(of("en", "Review of implementation"));
        var subItem = F.createAgendaItem();
        subItem.setId("cosp-8-item-2a");
        subItem.setNumber("(a)");
        item.getSubItems().add(subItem);
        session.getAgenda().add(item);
        var attendance = F.createAttendance();
        attendance.getStates().add(china);
        session.setAttendance(attendance);
        cosp.getMeetings().add(session);

        Document report = F.createDocument();
        report.setSymbol(DocumentSymbol.parse("CAC/COSP/2019/17"));
        report.setType(DocumentType.REPORT);
        report.setDistribution(Distribution.GENERAL);
        report.setDate(LocalDate.of(2020, 1, 10));
        report.setMeeting(session);
        report.getAgendaItems().add(subItem);
        LanguageVersion english = F.createLanguageVersion();
        english.setLanguage("en");
        english.setTitle("Report of the session");
        english.setOriginal(true);
        english.setFile("documents/CAC-COSP-2019-17/en.pdf");
        report.getVersions().add(english);
        Document securityCouncil = F.createDocument();
        securityCouncil.setSymbol(DocumentSymbol.parse("S/RES/2462 (2019)"));
        Document revision = F.createDocument();
        revision.setSymbol(DocumentSymbol.parse("CAC/COSP/2019/17/Rev.1"));
        revision.getSupersedes().add(report);
        report.getCites().add(securityCouncil);
        revision.getCites().add(securityCouncil);
        revision.getCites().add(report);
        workspace.getDocuments().add(report);
        workspace.getDocuments().add(securityCouncil);
        workspace.getDocuments().add(revision);

        Resolution resolution = F.createResolution();
        resolution.setId("res-8-1");
        resolution.setNumber("8/1");
        resolution.setKind(ResolutionKind.RESOLUTION);
        resolution.setDocument(report);
        OperativeParagraph paragraph = F.createOperativeParagraph();
        paragraph.setId("res-8-1-op-3");
        paragraph.setNumber(3);
        paragraph.setText(of("en", "Requests the secretariat to gather information."));
        var paragraphAddressees = F.createAddressees();
        paragraphAddressees.setSecretariat(true);
        paragraph.setAddressees(paragraphAddressees);
        resolution.getParagraphs().add(paragraph);
        session.getResolutions().add(resolution);

        Recommendation recommendation = F.createRecommendation();
        recommendation.setId("rec-8-12b");
        recommendation.setParagraphNumber(12);
        recommendation.setLetter("b");
        recommendation.setText(of("en", "States parties are encouraged to share practices."));
        recommendation.setDocument(report);
        recommendation.getReiteratedReports().add(securityCouncil);
        session.getRecommendations().add(recommendation);

        Mandate mandate = F.createMandate();
        mandate.setId("mandate-1");
        mandate.setTitle(of("en", "Gather information on practices"));
        mandate.getSourceParagraphs().add(paragraph);
        mandate.getSourceRecommendations().add(recommendation);
        mandate.setResponsibleOfficer(chair);
        mandate.getTopics().add("asset recovery");
        mandate.getTopics().add("beneficial ownership");
        mandate.setReportTo(session);
        mandate.setDueDate(LocalDate.of(2021, 6, 30));
        mandate.setStatus(MandateStatus.IN_PROGRESS);
        mandate.getStatusChanges().add(change(LocalDate.of(2020, 1, 15), MandateStatus.PENDING, "registered"));
        mandate.getStatusChanges().add(change(LocalDate.of(2020, 3, 2), MandateStatus.IN_PROGRESS, "note sent"));

        NoteVerbale note = F.createNoteVerbale();
        note.setId("nv-2020-1");
        note.setDate(LocalDate.of(2020, 3, 2));
        note.setReference("CU 2020/11");
        note.getTopics().add("asset recovery");
        note.setReplyDeadline(LocalDate.of(2020, 5, 31));
        var noteAddressees = F.createAddressees();
        noteAddressees.setAllStatesParties(true);
        note.setAddressees(noteAddressees);
        mandate.getActions().add(note);

        StateResponse response = F.createStateResponse();
        response.setId("nv-2020-1-CHN");
        response.setState(china);
        response.setReceivedDate(LocalDate.of(2020, 5, 20));
        response.getTopics().add("asset recovery");
        response.setSubstantive(true);
        response.setClassification(Classification.PUBLIC);
        TopicSummary summary = F.createTopicSummary();
        summary.setTopic("asset recovery");
        summary.setSummary(of("en", "Describes a new coordination office."));
        MultilingualTextQuery.put(summary.getSummary(), "zh", "\u4ecb\u7ecd\u4e86\u65b0\u7684\u534f\u8c03\u529e\u516c\u5ba4\u3002");
        response.getTopicSummaries().add(summary);
        var attachment = F.createAttachment();
        attachment.setFile("responses/CHN/annex.pdf");
        attachment.setLanguage("zh");
        response.getAttachments().add(attachment);
        note.getResponses().add(response);
        workspace.getMandates().add(mandate);

        var indicator = F.createIndicator();
        indicator.setId("ind-1");
        indicator.setName(of("en", "Responses received"));
        indicator.setMandate(mandate);
        var observation = F.createObservation();
        observation.setDate(LocalDate.of(2020, 6, 1));
        observation.setValue(1);
        indicator.getObservations().add(observation);
        workspace.getIndicators().add(indicator);
        return workspace;
    }

    private static StatusChange change(LocalDate date, MandateStatus status, String reason) {
        StatusChange change = F.createStatusChange();
        change.setDate(date);
        change.setStatus(status);
        change.setAuthor("secretariat");
        change.setReason(of("en", reason));
        return change;
    }
}
