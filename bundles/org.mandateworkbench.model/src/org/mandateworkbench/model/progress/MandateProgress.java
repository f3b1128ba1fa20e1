package org.mandateworkbench.model.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateAction;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.NoteVerbale;

/**
 * Where a mandate stood on a date, derived from its dated records by {@link #of(Mandate, LocalDate)}.
 * Nothing is cached: compute it again whenever the model or the date changes.
 * <p>
 * Actions and notes verbales without a date cannot be placed in time and are not counted.
 *
 * @param mandate             the mandate
 * @param asOf                the date the figures describe
 * @param status              {@link MandateStatusQuery#statusAsOf(Mandate, LocalDate)}
 * @param lastAction          the latest action dated on or before {@code asOf} (on equal dates, the
 *                            later in the list)
 * @param actionsDone         the number of actions dated on or before {@code asOf}
 * @param daysSinceLastAction days from the last action to {@code asOf}; empty without one
 * @param noteVerbales        figures for each note verbale of the mandate dated on or before
 *                            {@code asOf}, in list order
 * @param overdue             the due date is before {@code asOf} and the status is not completed,
 *                            superseded or discontinued
 */
public record MandateProgress(Mandate mandate, LocalDate asOf, MandateStatus status, Optional<MandateAction> lastAction,
        int actionsDone, OptionalLong daysSinceLastAction, List<NoteVerbaleProgress> noteVerbales, boolean overdue) {

    private static final Set<MandateStatus> CLOSED = EnumSet.of(MandateStatus.COMPLETED, MandateStatus.SUPERSEDED,
            MandateStatus.DISCONTINUED);

    /** Computes the mandate's progress on the date. */
    public static MandateProgress of(Mandate mandate, LocalDate asOf) {
        MandateAction last = null;
        int done = 0;
        for (MandateAction action : mandate.getActions()) {
            LocalDate date = action.getDate();
            if (date == null || date.isAfter(asOf)) {
                continue;
            }
            done++;
            if (last == null || !date.isBefore(last.getDate())) {
                last = action;
            }
        }
        OptionalLong daysSince = last == null ? OptionalLong.empty()
                : OptionalLong.of(ChronoUnit.DAYS.between(last.getDate(), asOf));
        List<NoteVerbaleProgress> notes = mandate.getActions().stream()
                .filter(NoteVerbale.class::isInstance)
                .map(NoteVerbale.class::cast)
                .filter(n -> n.getDate() != null && !n.getDate().isAfter(asOf))
                .map(n -> NoteVerbaleProgress.of(n, asOf))
                .toList();
        MandateStatus status = MandateStatusQuery.statusAsOf(mandate, asOf);
        boolean overdue = mandate.getDueDate() != null && mandate.getDueDate().isBefore(asOf) && !CLOSED.contains(status);
        return new MandateProgress(mandate, asOf, status, Optional.ofNullable(last), done, daysSince, notes, overdue);
    }

    /** @return whether any of the mandate's notes verbales is overdue on {@code asOf} */
    public boolean anyNoteVerbaleOverdue() {
        return noteVerbales.stream().anyMatch(NoteVerbaleProgress::overdue);
    }
}
