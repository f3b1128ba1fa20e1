package org.mandateworkbench.model.tests.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.Identifiable;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.StatusChange;
import org.mandateworkbench.model.demo.DemoModel;
import org.mandateworkbench.model.progress.MandateProgress;
import org.mandateworkbench.model.progress.MandateStatusQuery;
import org.mandateworkbench.model.validation.ValidationProblem;
import org.mandateworkbench.model.validation.WorkspaceValidation;

/** The derived figures the progress note quotes, computed on the demo workspace. */
class DemoProgressTest {

    private final MandateWorkspace demo = DemoModel.create();

    @Test
    void thirteenRepliesToTheNoteOfNineFebruary2018AsOfFifteenMarch() {
        NoteVerbale note = (NoteVerbale) find("nv-2018-02-09");
        assertEquals(13, MandateStatusQuery.responsesAsOf(note, LocalDate.of(2018, 3, 15)).size());
    }

    @Test
    void repliesCountOnlyFromTheDayTheyArrived() {
        NoteVerbale note = (NoteVerbale) find("nv-2018-02-09");
        int beforeDeadline = MandateStatusQuery.responsesAsOf(note, LocalDate.of(2018, 3, 14)).size();
        int later = MandateStatusQuery.responsesAsOf(note, LocalDate.of(2018, 12, 31)).size();
        assertTrue(beforeDeadline < 13, "replies as of 14 March 2018: " + beforeDeadline);
        assertTrue(later > 13, "replies as of the end of 2018: " + later);
    }

    @Test
    void mandateStatusFollowsItsDatedHistory() {
        Mandate mandate = demo.getMandates().stream().filter(m -> m.getStatusChanges().size() > 1).findFirst()
                .orElseThrow(() -> new AssertionError("the demo has no mandate whose status changed"));
        StatusChange first = mandate.getStatusChanges().get(0);
        StatusChange last = mandate.getStatusChanges().get(mandate.getStatusChanges().size() - 1);
        assertEquals(MandateStatus.PENDING, MandateStatusQuery.statusAsOf(mandate, first.getDate().minusDays(1)));
        assertEquals(first.getStatus(), MandateStatusQuery.statusAsOf(mandate, first.getDate()));
        assertEquals(last.getStatus(), MandateStatusQuery.statusAsOf(mandate, last.getDate()));
        assertEquals(last.getStatus(), MandateProgress.of(mandate, last.getDate()).status());
    }

    @Test
    void theDemoHasNoValidationErrors() {
        assertEquals(java.util.List.of(), WorkspaceValidation.problems(demo).stream()
                .filter(problem -> problem.severity() == ValidationProblem.Severity.ERROR).toList());
        assertNotEquals(0, demo.getMandates().size());
    }

    private EObject find(String id) {
        for (EObject object : (Iterable<EObject>) () -> demo.eAllContents()) {
            if (object instanceof Identifiable identifiable && id.equals(identifiable.getId())) {
                return object;
            }
        }
        throw new AssertionError("no object with id " + id);
    }
}
