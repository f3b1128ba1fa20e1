package org.mandateworkbench.model.tests.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mandateworkbench.model.MandateStatus.COMPLETED;
import static org.mandateworkbench.model.MandateStatus.IN_PROGRESS;
import static org.mandateworkbench.model.MandateStatus.PENDING;
import static org.mandateworkbench.model.MandateStatus.SUPERSEDED;
import static org.mandateworkbench.model.progress.MandateStatusQuery.completedAsOf;
import static org.mandateworkbench.model.progress.MandateStatusQuery.responsesAsOf;
import static org.mandateworkbench.model.progress.MandateStatusQuery.statusAsOf;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;

class MandateStatusQueryTest {

    private final ProgressModel model = new ProgressModel();
    private final Mandate mandate = model.mandate("m-1");

    @Test
    void isPendingBeforeAnyChange() {
        assertEquals(PENDING, statusAsOf(mandate, LocalDate.of(2030, 1, 1)));
        ProgressModel.status(mandate, LocalDate.of(2018, 1, 10), IN_PROGRESS);
        assertEquals(PENDING, statusAsOf(mandate, LocalDate.of(2018, 1, 9)));
    }

    @Test
    void takesEffectOnTheDayOfTheChange() {
        ProgressModel.status(mandate, LocalDate.of(2018, 1, 10), IN_PROGRESS);
        ProgressModel.status(mandate, LocalDate.of(2018, 6, 8), COMPLETED);
        assertEquals(IN_PROGRESS, statusAsOf(mandate, LocalDate.of(2018, 1, 10)));
        assertEquals(IN_PROGRESS, statusAsOf(mandate, LocalDate.of(2018, 6, 7)));
        assertEquals(COMPLETED, statusAsOf(mandate, LocalDate.of(2018, 6, 8)));
        assertEquals(COMPLETED, statusAsOf(mandate, LocalDate.of(2019, 1, 1)));
    }

    @Test
    void goesByDateNotByListOrderAndSkipsUndatedChanges() {
        ProgressModel.status(mandate, LocalDate.of(2018, 6, 8), COMPLETED);
        ProgressModel.status(mandate, LocalDate.of(2018, 1, 10), IN_PROGRESS);
        ProgressModel.status(mandate, null, SUPERSEDED);
        assertEquals(IN_PROGRESS, statusAsOf(mandate, LocalDate.of(2018, 3, 1)));
        assertEquals(COMPLETED, statusAsOf(mandate, LocalDate.of(2018, 7, 1)));
    }

    @Test
    void laterEntryWinsOnTheSameDay() {
        ProgressModel.status(mandate, LocalDate.of(2018, 1, 10), IN_PROGRESS);
        ProgressModel.status(mandate, LocalDate.of(2018, 1, 10), COMPLETED);
        assertEquals(COMPLETED, statusAsOf(mandate, LocalDate.of(2018, 1, 10)));
    }

    @Test
    void ignoresTheStatusAttributeWithoutHistory() {
        mandate.setStatus(COMPLETED);
        assertEquals(PENDING, statusAsOf(mandate, LocalDate.of(2030, 1, 1)));
    }

    @Test
    void countsResponsesOnlyFromTheDateReceived() {
        State china = model.state("CHN");
        State mexico = model.state("MEX");
        NoteVerbale note = ProgressModel.note(mandate, "nv", LocalDate.of(2018, 2, 9), null, china, mexico);
        StateResponse late = ProgressModel.reply(note, mexico, LocalDate.of(2018, 4, 2));
        StateResponse early = ProgressModel.reply(note, china, LocalDate.of(2018, 3, 15));
        ProgressModel.reply(note, mexico, null);
        assertEquals(List.of(), responsesAsOf(note, LocalDate.of(2018, 3, 14)));
        assertEquals(List.of(early), responsesAsOf(note, LocalDate.of(2018, 3, 15)));
        assertEquals(List.of(early, late), responsesAsOf(note, LocalDate.of(2030, 1, 1)), "oldest first, undated never");
    }

    @Test
    void completionFollowsTheSuccessorOfASupersededMandate() {
        Mandate successor = model.mandate("m-2");
        ProgressModel.status(mandate, LocalDate.of(2017, 12, 1), SUPERSEDED);
        mandate.setSuccessor(successor);
        ProgressModel.status(successor, LocalDate.of(2018, 12, 1), COMPLETED);
        assertFalse(completedAsOf(mandate, LocalDate.of(2018, 11, 30)));
        assertTrue(completedAsOf(mandate, LocalDate.of(2018, 12, 1)));
    }

    @Test
    void supersessionCycleIsNotCompleted() {
        Mandate other = model.mandate("m-2");
        ProgressModel.status(mandate, LocalDate.of(2017, 1, 1), SUPERSEDED);
        ProgressModel.status(other, LocalDate.of(2017, 1, 1), SUPERSEDED);
        mandate.setSuccessor(other);
        other.setSuccessor(mandate);
        assertFalse(completedAsOf(mandate, LocalDate.of(2018, 1, 1)));
    }
}
