package org.mandateworkbench.model.tests.progress;

import java.time.LocalDate;
import java.util.List;

import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Instrument;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.NoteVerbaleReminder;
import org.mandateworkbench.model.PartyStatus;
import org.mandateworkbench.model.PartyStatusKind;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.StatusChange;

/** Builds small workspaces for the progress tests, one call per fact. */
final class ProgressModel {

    private static final MandatesFactory F = MandatesFactory.eINSTANCE;

    final MandateWorkspace workspace = F.createMandateWorkspace();
    final Instrument uncac = F.createInstrument();
    final Body expertGroup = F.createBody();

    ProgressModel() {
        uncac.setId("uncac");
        uncac.setAcronym("UNCAC");
        workspace.getInstruments().add(uncac);
        expertGroup.setId("eg1");
        expertGroup.setAcronym("EG.1");
        expertGroup.setInstrument(uncac);
        workspace.getBodies().add(expertGroup);
    }

    State state(String isoCode) {
        State state = F.createState();
        state.setId(isoCode);
        state.setIsoCode(isoCode);
        workspace.getStates().add(state);
        return state;
    }

    /** Adds a party status towards UNCAC. */
    void standing(State state, PartyStatusKind kind, LocalDate since) {
        PartyStatus status = F.createPartyStatus();
        status.setInstrument(uncac);
        status.setStatus(kind);
        status.setDate(since);
        state.getPartyStatuses().add(status);
    }

    Meeting meeting(String id, LocalDate lastDay) {
        Meeting meeting = F.createMeeting();
        meeting.setId(id);
        meeting.setStartDate(lastDay == null ? null : lastDay.minusDays(1));
        meeting.setEndDate(lastDay);
        expertGroup.getMeetings().add(meeting);
        return meeting;
    }

    Recommendation recommendation(Meeting meeting, String id) {
        Recommendation recommendation = F.createRecommendation();
        recommendation.setId(id);
        meeting.getRecommendations().add(recommendation);
        return recommendation;
    }

    Mandate mandate(String id, Recommendation... sources) {
        Mandate mandate = F.createMandate();
        mandate.setId(id);
        mandate.getSourceRecommendations().addAll(List.of(sources));
        workspace.getMandates().add(mandate);
        return mandate;
    }

    static void status(Mandate mandate, LocalDate date, MandateStatus status) {
        StatusChange change = F.createStatusChange();
        change.setDate(date);
        change.setStatus(status);
        mandate.getStatusChanges().add(change);
    }

    static NoteVerbale note(Mandate mandate, String id, LocalDate date, LocalDate deadline, State... addressees) {
        NoteVerbale note = F.createNoteVerbale();
        note.setId(id);
        note.setDate(date);
        note.setReplyDeadline(deadline);
        note.setAddressees(F.createAddressees());
        note.getAddressees().getActors().addAll(List.of(addressees));
        mandate.getActions().add(note);
        return note;
    }

    static StateResponse reply(NoteVerbale note, State state, LocalDate received) {
        StateResponse response = F.createStateResponse();
        response.setState(state);
        response.setReceivedDate(received);
        note.getResponses().add(response);
        return response;
    }

    static NoteVerbaleReminder remind(Mandate mandate, NoteVerbale note, LocalDate date, LocalDate deadline) {
        NoteVerbaleReminder reminder = F.createNoteVerbaleReminder();
        reminder.setReminded(note);
        reminder.setDate(date);
        reminder.setReplyDeadline(deadline);
        mandate.getActions().add(reminder);
        return reminder;
    }
}
