package org.mandateworkbench.model.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.StatusChange;

/**
 * Reads a mandate's status and a note verbale's responses as they stood on a given date, from the
 * dated records alone: the result depends only on the model and the date, so it can never be stale.
 */
public final class MandateStatusQuery {

    private MandateStatusQuery() {
    }

    /**
     * The status from the dated history: that of the latest {@link StatusChange} dated on or before
     * the date (on equal dates, the one later in the list). Undated changes are ignored.
     * <p>
     * Caveat: the mandate's {@code status} attribute is not consulted; a mandate whose status was
     * recorded without a dated change is {@link MandateStatus#PENDING} here.
     *
     * @return the status on that date; {@link MandateStatus#PENDING} before the first change
     */
    public static MandateStatus statusAsOf(Mandate mandate, LocalDate date) {
        StatusChange latest = null;
        for (StatusChange change : mandate.getStatusChanges()) {
            LocalDate changed = change.getDate();
            if (changed != null && !changed.isAfter(date) && (latest == null || !changed.isBefore(latest.getDate()))) {
                latest = change;
            }
        }
        return latest == null ? MandateStatus.PENDING : latest.getStatus();
    }

    /**
     * Whether the mandate's work was done by the date: its status then is completed, or it was
     * superseded by a successor that was completed by then.
     */
    public static boolean completedAsOf(Mandate mandate, LocalDate date) {
        Set<Mandate> visited = new HashSet<>();
        Mandate current = mandate;
        while (current != null && visited.add(current)) {
            MandateStatus status = statusAsOf(current, date);
            if (status != MandateStatus.SUPERSEDED) {
                return status == MandateStatus.COMPLETED;
            }
            current = current.getSuccessor();
        }
        return false;
    }

    /**
     * The responses received on or before the date, oldest first. A response counts only from its
     * {@code receivedDate}; responses without one are never counted.
     */
    public static List<StateResponse> responsesAsOf(NoteVerbale noteVerbale, LocalDate date) {
        return noteVerbale.getResponses().stream()
                .filter(r -> r.getReceivedDate() != null && !r.getReceivedDate().isAfter(date))
                .sorted(Comparator.comparing(StateResponse::getReceivedDate))
                .toList();
    }
}
