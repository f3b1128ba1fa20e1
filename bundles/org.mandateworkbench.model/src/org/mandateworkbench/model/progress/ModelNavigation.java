package org.mandateworkbench.model.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Instrument;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.PartyStatus;
import org.mandateworkbench.model.PartyStatusKind;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.State;

/** Paths through the model that the progress figures share. */
final class ModelNavigation {

    private ModelNavigation() {
    }

    static Optional<MandateWorkspace> workspaceOf(EObject object) {
        return EcoreUtil.getRootContainer(object) instanceof MandateWorkspace workspace ? Optional.of(workspace) : Optional.empty();
    }

    /**
     * The instrument a mandate serves: that of the body which adopted its first source paragraph or
     * recommendation, else of the meeting it reports to; a subsidiary body without its own
     * instrument takes its parent's.
     */
    static Optional<Instrument> instrumentOf(Mandate mandate) {
        List<Meeting> meetings = new ArrayList<>();
        for (OperativeParagraph paragraph : mandate.getSourceParagraphs()) {
            if (paragraph.getResolution() != null) {
                meetings.add(paragraph.getResolution().getAdoptingSession());
            }
        }
        for (Recommendation recommendation : mandate.getSourceRecommendations()) {
            meetings.add(recommendation.getMeeting());
        }
        meetings.add(mandate.getReportTo());
        for (Meeting meeting : meetings) {
            Optional<Instrument> instrument = meeting == null ? Optional.empty() : instrumentOf(meeting.getBody());
            if (instrument.isPresent()) {
                return instrument;
            }
        }
        return Optional.empty();
    }

    private static Optional<Instrument> instrumentOf(Body body) {
        Set<Body> visited = new HashSet<>();
        for (Body current = body; current != null && visited.add(current); current = current.getParent()) {
            if (current.getInstrument() != null) {
                return Optional.of(current.getInstrument());
            }
        }
        return Optional.empty();
    }

    /**
     * The actor's standing towards the instrument on the date: the latest status dated on or before
     * it; undated statuses apply at any date but yield to dated ones.
     */
    static Optional<PartyStatusKind> standing(State state, Instrument instrument, LocalDate date) {
        PartyStatus latest = null;
        for (PartyStatus status : state.getPartyStatuses()) {
            if (status.getInstrument() != instrument || status.getDate() != null && status.getDate().isAfter(date)) {
                continue;
            }
            if (latest == null || latest.getDate() == null || status.getDate() != null && !status.getDate().isBefore(latest.getDate())) {
                latest = status;
            }
        }
        return Optional.ofNullable(latest).map(PartyStatus::getStatus);
    }

    /** The date a meeting adopted its texts: its last day, else its first. */
    static Optional<LocalDate> adoptionDate(Meeting meeting) {
        if (meeting == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(meeting.getEndDate() != null ? meeting.getEndDate() : meeting.getStartDate());
    }
}
