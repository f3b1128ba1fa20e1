package org.mandateworkbench.model.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.mandateworkbench.model.Actor;
import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.Instrument;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateAction;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.NoteVerbaleReminder;
import org.mandateworkbench.model.PartyStatusKind;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;

/**
 * Who was asked and who answered a note verbale, as of a date. Computed on demand by
 * {@link #of(NoteVerbale, LocalDate)} from the model; holds no state beyond the figures.
 *
 * @param noteVerbale       the note
 * @param asOf              the date the figures describe
 * @param basis             how {@code addressed} was determined
 * @param addressed         the States asked to reply, in workspace order
 * @param replied           the States with a response received on or before {@code asOf}, in order
 *                          of their first reply; may include States that were not addressed
 * @param outstanding       the addressed States that had not replied by {@code asOf}
 * @param responseRate      addressed States that replied / addressed States; empty when none was
 *                          addressed
 * @param medianDaysToReply median of the days from the note's date to each replying State's first
 *                          response; empty when the note is undated or no State replied
 * @param effectiveDeadline the later of the note's reply deadline and those of its reminders sent by
 *                          {@code asOf}; empty when none is set
 * @param overdue           the effective deadline is before {@code asOf} and States are outstanding
 */
public record NoteVerbaleProgress(NoteVerbale noteVerbale, LocalDate asOf, AddresseeBasis basis, List<State> addressed,
        List<State> replied, List<State> outstanding, OptionalDouble responseRate, OptionalDouble medianDaysToReply,
        Optional<LocalDate> effectiveDeadline, boolean overdue) {

    /**
     * Computes the figures of a note verbale on a date. For notes to "all States parties", the
     * parties are the workspace's States whose latest party status for the mandate's instrument,
     * on the note's date (or {@code asOf} if the note is undated), is
     * {@link PartyStatusKind#PARTY}. When the instrument cannot be found or no State has a party
     * status for it, every State of the workspace counts as addressed
     * ({@link AddresseeBasis#ALL_STATES_FALLBACK}).
     */
    public static NoteVerbaleProgress of(NoteVerbale noteVerbale, LocalDate asOf) {
        Optional<MandateWorkspace> workspace = ModelNavigation.workspaceOf(noteVerbale);
        Set<State> addressed = new LinkedHashSet<>();
        AddresseeBasis basis = addressStates(noteVerbale, asOf, workspace, addressed);

        Map<State, StateResponse> firstReplies = new LinkedHashMap<>();
        for (StateResponse response : MandateStatusQuery.responsesAsOf(noteVerbale, asOf)) {
            if (response.getState() != null) {
                firstReplies.putIfAbsent(response.getState(), response);
            }
        }
        List<State> outstanding = addressed.stream().filter(s -> !firstReplies.containsKey(s)).toList();
        long repliedAddressed = addressed.size() - outstanding.size();
        OptionalDouble rate = addressed.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of((double) repliedAddressed / addressed.size());

        Optional<LocalDate> deadline = effectiveDeadline(noteVerbale, asOf, workspace);
        boolean overdue = deadline.isPresent() && deadline.get().isBefore(asOf) && !outstanding.isEmpty();
        return new NoteVerbaleProgress(noteVerbale, asOf, basis, List.copyOf(addressed), List.copyOf(firstReplies.keySet()),
                outstanding, rate, medianDays(noteVerbale.getDate(), firstReplies.values()), deadline, overdue);
    }

    private static AddresseeBasis addressStates(NoteVerbale noteVerbale, LocalDate asOf, Optional<MandateWorkspace> workspace,
            Set<State> addressed) {
        Addressees addressees = noteVerbale.getAddressees();
        if (addressees == null) {
            return AddresseeBasis.NAMED;
        }
        AddresseeBasis basis = AddresseeBasis.NAMED;
        if (addressees.isAllStatesParties()) {
            List<State> states = workspace.map(MandateWorkspace::getStates).map(List::copyOf).orElse(List.of());
            Optional<Instrument> instrument = noteVerbale.getMandate() == null ? Optional.empty()
                    : ModelNavigation.instrumentOf(noteVerbale.getMandate());
            LocalDate partyDate = noteVerbale.getDate() != null ? noteVerbale.getDate() : asOf;
            boolean partyDataPresent = instrument.isPresent() && states.stream()
                    .anyMatch(s -> s.getPartyStatuses().stream().anyMatch(p -> p.getInstrument() == instrument.get()));
            if (partyDataPresent) {
                basis = AddresseeBasis.STATES_PARTIES;
                states.stream()
                        .filter(s -> ModelNavigation.standing(s, instrument.get(), partyDate).orElse(null) == PartyStatusKind.PARTY)
                        .forEach(addressed::add);
            } else {
                basis = AddresseeBasis.ALL_STATES_FALLBACK;
                addressed.addAll(states);
            }
        }
        for (Actor actor : addressees.getActors()) {
            if (actor instanceof State state) {
                addressed.add(state);
            }
        }
        return basis;
    }

    private static Optional<LocalDate> effectiveDeadline(NoteVerbale noteVerbale, LocalDate asOf,
            Optional<MandateWorkspace> workspace) {
        List<Mandate> mandates = workspace.map(w -> List.copyOf(w.getMandates()))
                .orElseGet(() -> noteVerbale.getMandate() == null ? List.of() : List.of(noteVerbale.getMandate()));
        LocalDate deadline = noteVerbale.getReplyDeadline();
        for (Mandate mandate : mandates) {
            for (MandateAction action : mandate.getActions()) {
                if (action instanceof NoteVerbaleReminder reminder && reminder.getReminded() == noteVerbale
                        && reminder.getDate() != null && !reminder.getDate().isAfter(asOf) && reminder.getReplyDeadline() != null
                        && (deadline == null || reminder.getReplyDeadline().isAfter(deadline))) {
                    deadline = reminder.getReplyDeadline();
                }
            }
        }
        return Optional.ofNullable(deadline);
    }

    private static OptionalDouble medianDays(LocalDate sent, Iterable<StateResponse> firstReplies) {
        if (sent == null) {
            return OptionalDouble.empty();
        }
        List<Long> days = new ArrayList<>();
        firstReplies.forEach(r -> days.add(ChronoUnit.DAYS.between(sent, r.getReceivedDate())));
        if (days.isEmpty()) {
            return OptionalDouble.empty();
        }
        days.sort(null);
        int middle = days.size() / 2;
        return OptionalDouble.of(days.size() % 2 == 1 ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2.0);
    }
}
