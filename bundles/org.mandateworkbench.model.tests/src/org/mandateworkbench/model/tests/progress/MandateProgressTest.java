package org.mandateworkbench.model.tests.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.NoteVerbaleReminder;
import org.mandateworkbench.model.PartyStatusKind;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.progress.AddresseeBasis;
import org.mandateworkbench.model.progress.MandateProgress;
import org.mandateworkbench.model.progress.NoteVerbaleProgress;

class MandateProgressTest {

    private static final LocalDate NOTE_DATE = LocalDate.of(2018, 2, 9);
    private static final LocalDate MID_MARCH = LocalDate.of(2018, 3, 15);
    private static final LocalDate END_OF_JUNE = LocalDate.of(2018, 6, 30);

    private final ProgressModel model = new ProgressModel();
    private final Mandate mandate = model.mandate("m-coop",
            model.recommendation(model.meeting("eg1-6", LocalDate.of(2017, 11, 7)), "eg1-6-rec-a"));

    /** A note to 20 States: 13 reply by 15 March 2018 (day 34), 2 more on days 82 and 121. */
    private NoteVerbale noteToTwentyStates() {
        List<State> states = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            states.add(model.state(String.format("S%02d", i)));
        }
        NoteVerbale note = ProgressModel.note(mandate, "nv-2018", NOTE_DATE, MID_MARCH, states.toArray(State[]::new));
        int[] days = { 34, 10, 12, 14, 15, 18, 20, 21, 22, 25, 28, 30, 33, 82, 121 };
        for (int i = 0; i < days.length; i++) {
            ProgressModel.reply(note, states.get(i), NOTE_DATE.plusDays(days[i]));
        }
        return note;
    }

    @Test
    void countsThirteenRepliesByMidMarchAndFifteenByJune() {
        noteToTwentyStates();
        NoteVerbaleProgress march = MandateProgress.of(mandate, MID_MARCH).noteVerbales().getFirst();
        assertEquals(AddresseeBasis.NAMED, march.basis());
        assertEquals(20, march.addressed().size());
        assertEquals(13, march.replied().size());
        assertEquals(7, march.outstanding().size());
        assertEquals(0.65, march.responseRate().getAsDouble(), 1e-9);
        assertEquals(21.0, march.medianDaysToReply().getAsDouble(), "7th of 13 sorted delays");

        NoteVerbaleProgress june = NoteVerbaleProgress.of(march.noteVerbale(), END_OF_JUNE);
        assertEquals(15, june.replied().size());
        assertEquals(List.of("S16", "S17", "S18", "S19", "S20"), june.outstanding().stream().map(State::getIsoCode).toList());
        assertEquals(0.75, june.responseRate().getAsDouble(), 1e-9);
        assertEquals(22.0, june.medianDaysToReply().getAsDouble(), "8th of 15 sorted delays");
    }

    @Test
    void noteIsOverdueOnlyAfterItsDeadlineWithStatesOutstanding() {
        NoteVerbale note = noteToTwentyStates();
        assertFalse(NoteVerbaleProgress.of(note, MID_MARCH).overdue(), "the deadline day itself is not late");
        assertTrue(NoteVerbaleProgress.of(note, MID_MARCH.plusDays(1)).overdue());
        note.getAddressees().getActors().retainAll(NoteVerbaleProgress.of(note, END_OF_JUNE).replied());
        assertFalse(NoteVerbaleProgress.of(note, END_OF_JUNE).overdue(), "everyone asked has replied");
        note.setReplyDeadline(null);
        assertFalse(NoteVerbaleProgress.of(note, END_OF_JUNE).overdue());
    }

    @Test
    void reminderSentByTheDateExtendsTheDeadline() {
        NoteVerbale note = noteToTwentyStates();
        ProgressModel.remind(mandate, note, LocalDate.of(2018, 3, 20), LocalDate.of(2018, 4, 30));
        NoteVerbaleProgress beforeReminder = NoteVerbaleProgress.of(note, LocalDate.of(2018, 3, 18));
        assertEquals(Optional.of(MID_MARCH), beforeReminder.effectiveDeadline());
        assertTrue(beforeReminder.overdue());
        NoteVerbaleProgress afterReminder = NoteVerbaleProgress.of(note, LocalDate.of(2018, 4, 10));
        assertEquals(Optional.of(LocalDate.of(2018, 4, 30)), afterReminder.effectiveDeadline());
        assertFalse(afterReminder.overdue());
        assertTrue(NoteVerbaleProgress.of(note, LocalDate.of(2018, 5, 1)).overdue());
    }

    @Test
    void medianOfAnEvenNumberOfRepliesIsTheMeanOfTheMiddleTwo() {
        State a = model.state("AAA");
        State b = model.state("BBB");
        State c = model.state("CCC");
        State d = model.state("DDD");
        NoteVerbale note = ProgressModel.note(mandate, "nv", NOTE_DATE, null, a, b, c, d);
        ProgressModel.reply(note, a, NOTE_DATE.plusDays(20));
        ProgressModel.reply(note, b, NOTE_DATE.plusDays(3));
        ProgressModel.reply(note, c, NOTE_DATE.plusDays(8));
        ProgressModel.reply(note, d, NOTE_DATE.plusDays(5));
        ProgressModel.reply(note, b, NOTE_DATE.plusDays(60));
        NoteVerbaleProgress progress = NoteVerbaleProgress.of(note, END_OF_JUNE);
        assertEquals(6.5, progress.medianDaysToReply().getAsDouble(), "a State's second reply does not count");
        assertEquals(List.of(b, d, c, a), progress.replied(), "in order of first reply");
        assertEquals(OptionalDouble.empty(), NoteVerbaleProgress.of(note, NOTE_DATE).medianDaysToReply());
    }

    @Test
    void repliesFromStatesNotAskedAreListedButDoNotRaiseTheRate() {
        State asked = model.state("CHN");
        State other = model.state("MEX");
        NoteVerbale note = ProgressModel.note(mandate, "nv", NOTE_DATE, null, asked);
        ProgressModel.reply(note, other, NOTE_DATE.plusDays(4));
        NoteVerbaleProgress progress = NoteVerbaleProgress.of(note, END_OF_JUNE);
        assertEquals(List.of(other), progress.replied());
        assertEquals(List.of(asked), progress.outstanding());
        assertEquals(0.0, progress.responseRate().getAsDouble());
    }

    @Test
    void allStatesPartiesMeansPartiesOnTheNotesDatePlusNamedStates() {
        State early = model.state("AAA");
        model.standing(early, PartyStatusKind.PARTY, LocalDate.of(2005, 12, 14));
        State late = model.state("BBB");
        model.standing(late, PartyStatusKind.SIGNATORY, LocalDate.of(2004, 1, 1));
        model.standing(late, PartyStatusKind.PARTY, LocalDate.of(2019, 3, 1));
        State signatory = model.state("CCC");
        model.standing(signatory, PartyStatusKind.SIGNATORY, LocalDate.of(2004, 1, 1));
        State undated = model.state("DDD");
        model.standing(undated, PartyStatusKind.PARTY, null);
        State named = model.state("EEE");
        NoteVerbale note = ProgressModel.note(mandate, "nv", NOTE_DATE, null, named);
        note.getAddressees().setAllStatesParties(true);
        NoteVerbaleProgress progress = NoteVerbaleProgress.of(note, END_OF_JUNE);
        assertEquals(AddresseeBasis.STATES_PARTIES, progress.basis());
        assertEquals(List.of(early, undated, named), progress.addressed());
    }

    @Test
    void allStatesPartiesFallsBackToEveryStateWithoutPartyData() {
        State a = model.state("AAA");
        State b = model.state("BBB");
        NoteVerbale note = ProgressModel.note(mandate, "nv", NOTE_DATE, null);
        note.getAddressees().setAllStatesParties(true);
        NoteVerbaleProgress progress = NoteVerbaleProgress.of(note, END_OF_JUNE);
        assertEquals(AddresseeBasis.ALL_STATES_FALLBACK, progress.basis());
        assertEquals(List.of(a, b), progress.addressed());

        model.standing(a, PartyStatusKind.PARTY, LocalDate.of(2005, 1, 1));
        Mandate sourceless = model.mandate("m-loose");
        NoteVerbale unanchored = ProgressModel.note(sourceless, "nv-loose", NOTE_DATE, null);
        unanchored.getAddressees().setAllStatesParties(true);
        assertEquals(AddresseeBasis.ALL_STATES_FALLBACK, NoteVerbaleProgress.of(unanchored, END_OF_JUNE).basis(),
                "no instrument can be found for a mandate without sources");
        assertEquals(AddresseeBasis.STATES_PARTIES, NoteVerbaleProgress.of(note, END_OF_JUNE).basis());
    }

    @Test
    void lastActionIsTheLatestOnOrBeforeTheDate() {
        NoteVerbale note = ProgressModel.note(mandate, "nv", NOTE_DATE, null);
        NoteVerbaleReminder reminder = ProgressModel.remind(mandate, note, LocalDate.of(2018, 4, 2), null);
        ProgressModel.note(mandate, "nv-later", LocalDate.of(2018, 9, 1), null);
        ProgressModel.note(mandate, "nv-undated", null, null);

        MandateProgress june = MandateProgress.of(mandate, END_OF_JUNE);
        assertEquals(Optional.of(reminder), june.lastAction());
        assertEquals(2, june.actionsDone());
        assertEquals(OptionalLong.of(89), june.daysSinceLastAction());
        assertEquals(List.of(note), june.noteVerbales().stream().map(NoteVerbaleProgress::noteVerbale).toList());

        MandateProgress before = MandateProgress.of(mandate, NOTE_DATE.minusDays(1));
        assertEquals(Optional.empty(), before.lastAction());
        assertEquals(0, before.actionsDone());
        assertEquals(OptionalLong.empty(), before.daysSinceLastAction());
        assertEquals(List.of(), before.noteVerbales());
        assertEquals(OptionalLong.of(0), MandateProgress.of(mandate, NOTE_DATE).daysSinceLastAction());
    }

    @Test
    void mandateIsOverdueAfterItsDueDateUntilClosed() {
        mandate.setDueDate(LocalDate.of(2018, 12, 31));
        ProgressModel.status(mandate, LocalDate.of(2018, 1, 10), MandateStatus.IN_PROGRESS);
        assertFalse(MandateProgress.of(mandate, LocalDate.of(2018, 12, 31)).overdue());
        assertTrue(MandateProgress.of(mandate, LocalDate.of(2019, 1, 1)).overdue());
        ProgressModel.status(mandate, LocalDate.of(2019, 3, 1), MandateStatus.COMPLETED);
        assertTrue(MandateProgress.of(mandate, LocalDate.of(2019, 2, 28)).overdue(), "completed later does not help earlier");
        assertFalse(MandateProgress.of(mandate, LocalDate.of(2019, 3, 1)).overdue());
        mandate.setDueDate(null);
        assertFalse(MandateProgress.of(mandate, LocalDate.of(2019, 1, 1)).overdue());
    }

    @Test
    void supersededAndDiscontinuedMandatesAreNotOverdueButRecurrentOnesAre() {
        mandate.setDueDate(LocalDate.of(2018, 12, 31));
        LocalDate asOf = LocalDate.of(2019, 6, 1);
        ProgressModel.status(mandate, LocalDate.of(2018, 1, 1), MandateStatus.RECURRENT);
        assertTrue(MandateProgress.of(mandate, asOf).overdue());
        ProgressModel.status(mandate, LocalDate.of(2019, 1, 5), MandateStatus.DISCONTINUED);
        assertFalse(MandateProgress.of(mandate, asOf).overdue());
        ProgressModel.status(mandate, LocalDate.of(2019, 2, 5), MandateStatus.SUPERSEDED);
        assertEquals(MandateStatus.SUPERSEDED, MandateProgress.of(mandate, asOf).status());
        assertFalse(MandateProgress.of(mandate, asOf).overdue());
    }

    @Test
    void reportsWhetherAnyNoteIsOverdue() {
        NoteVerbale note = noteToTwentyStates();
        assertFalse(MandateProgress.of(mandate, MID_MARCH).anyNoteVerbaleOverdue());
        assertTrue(MandateProgress.of(mandate, END_OF_JUNE).anyNoteVerbaleOverdue());
        note.setReplyDeadline(LocalDate.of(2018, 12, 31));
        assertFalse(MandateProgress.of(mandate, END_OF_JUNE).anyNoteVerbaleOverdue());
    }
}
