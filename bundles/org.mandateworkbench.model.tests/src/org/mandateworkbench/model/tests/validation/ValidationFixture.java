package org.mandateworkbench.model.tests.validation;

import static org.mandateworkbench.model.query.MultilingualTextQuery.of;

import java.time.LocalDate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.DocumentType;
import org.mandateworkbench.model.Indicator;
import org.mandateworkbench.model.Instrument;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.NoteVerbaleReminder;
import org.mandateworkbench.model.Observation;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.StatusChange;
import org.mandateworkbench.model.symbol.DocumentSymbol;
import org.mandateworkbench.model.util.MandatesResourceFactoryImpl;

/**
 * A small workspace that breaks no rule; each test spoils one thing. Dates follow the expert
 * meeting on international cooperation of 2018 (note verbale of 9 February, meeting in June).
 */
final class ValidationFixture {

    private static final MandatesFactory F = MandatesFactory.eINSTANCE;

    final MandateWorkspace workspace = F.createMandateWorkspace();
    final State china = state("CHN");
    final State mexico = state("MEX");
    final Meeting meeting = F.createMeeting();
    final Document report = F.createDocument();
    final Recommendation recommendation = F.createRecommendation();
    final Mandate mandate = F.createMandate();
    final NoteVerbale note = F.createNoteVerbale();
    final StateResponse response = F.createStateResponse();
    final NoteVerbaleReminder reminder = F.createNoteVerbaleReminder();
    final Observation observation = F.createObservation();

    ValidationFixture() {
        workspace.setName("fixture");
        Instrument uncac = F.createInstrument();
        uncac.setId("uncac");
        uncac.setAcronym("UNCAC");
        workspace.getInstruments().add(uncac);
        workspace.getStates().add(china);
        workspace.getStates().add(mexico);

        Body expertGroup = F.createBody();
        expertGroup.setId("eg1");
        expertGroup.setAcronym("EG.1");
        expertGroup.setInstrument(uncac);
        workspace.getBodies().add(expertGroup);
        meeting.setId("eg1-7");
        meeting.setOrdinal(7);
        meeting.setStartDate(LocalDate.of(2018, 6, 7));
        meeting.setEndDate(LocalDate.of(2018, 6, 8));
        expertGroup.getMeetings().add(meeting);

        report.setSymbol(DocumentSymbol.parse("CAC/COSP/EG.1/2018/4"));
        report.setType(DocumentType.REPORT);
        report.setMeeting(meeting);
        workspace.getDocuments().add(report);

        recommendation.setId("eg1-7-rec-a");
        recommendation.setParagraphNumber(34);
        recommendation.setLetter("a");
        recommendation.setDocument(report);
        meeting.getRecommendations().add(recommendation);

        mandate.setId("m-coop");
        mandate.setTitle(of("en", "Gather information on cooperation"));
        mandate.getSourceRecommendations().add(recommendation);
        mandate.setDueDate(LocalDate.of(2019, 5, 31));
        mandate.getStatusChanges().add(change(LocalDate.of(2018, 1, 10), MandateStatus.IN_PROGRESS));
        mandate.getStatusChanges().add(change(LocalDate.of(2019, 6, 1), MandateStatus.COMPLETED));
        workspace.getMandates().add(mandate);

        note.setId("nv-1");
        note.setReference("CU 2018/20");
        note.setDate(LocalDate.of(2018, 2, 9));
        note.setReplyDeadline(LocalDate.of(2018, 3, 15));
        note.setAddressees(F.createAddressees());
        note.getAddressees().getActors().add(china);
        mandate.getActions().add(note);

        response.setId("nv-1-chn");
        response.setState(china);
        response.setReceivedDate(LocalDate.of(2018, 3, 1));
        note.getResponses().add(response);

        reminder.setId("nv-1-reminder");
        reminder.setReminded(note);
        reminder.setDate(LocalDate.of(2018, 3, 20));
        reminder.setReplyDeadline(LocalDate.of(2018, 4, 30));
        mandate.getActions().add(reminder);

        Indicator indicator = F.createIndicator();
        indicator.setId("replies");
        indicator.setMandate(mandate);
        observation.setDate(LocalDate.of(2018, 3, 15));
        observation.setValue(13);
        indicator.getObservations().add(observation);
        workspace.getIndicators().add(indicator);
    }

    /** Puts the workspace into a resource: EMF checks ids and containment only for objects in one. */
    void putInResource() {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("mandates", new MandatesResourceFactoryImpl());
        Resource resource = resourceSet.createResource(URI.createURI("memory:/fixture.mandates"));
        resource.getContents().add(workspace);
    }

    static StatusChange change(LocalDate date, MandateStatus status) {
        StatusChange change = F.createStatusChange();
        change.setDate(date);
        change.setStatus(status);
        return change;
    }

    Document addDocument(String symbol) {
        Document document = F.createDocument();
        document.setSymbol(symbol == null ? null : DocumentSymbol.parse(symbol));
        workspace.getDocuments().add(document);
        return document;
    }

    private static State state(String isoCode) {
        State state = F.createState();
        state.setId(isoCode);
        state.setIsoCode(isoCode);
        return state;
    }
}
