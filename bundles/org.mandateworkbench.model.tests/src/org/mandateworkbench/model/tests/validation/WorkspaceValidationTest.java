package org.mandateworkbench.model.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.validation.ValidationProblem;
import org.mandateworkbench.model.validation.ValidationProblem.Severity;
import org.mandateworkbench.model.validation.WorkspaceValidation;

class WorkspaceValidationTest {

    private final ValidationFixture fixture = new ValidationFixture();

    @Test
    void validWorkspaceDiagnosesOk() {
        assertEquals(Diagnostic.OK, WorkspaceValidation.diagnose(fixture.workspace).getSeverity());
        assertEquals(List.of(), WorkspaceValidation.problems(fixture.workspace));
    }

    @Test
    void flattensProblemsFromAllLevelsWithSeverityRuleLabelAndFragment() {
        fixture.putInResource();
        fixture.response.setReceivedDate(LocalDate.of(2018, 1, 31));
        fixture.mandate.getSourceRecommendations().clear();
        fixture.observation.setDate(null);

        List<ValidationProblem> problems = WorkspaceValidation.problems(fixture.workspace);

        assertEquals(List.of("Mandate.sourcePresent", "StateResponse.receivedAfterNote", "Observation.datePresent"),
                problems.stream().map(ValidationProblem::ruleId).toList());
        assertEquals(List.of(Severity.WARNING, Severity.ERROR, Severity.ERROR),
                problems.stream().map(ValidationProblem::severity).toList());
        assertEquals(List.of("m-coop", "nv-1-chn", "replies/1"), problems.stream().map(ValidationProblem::objectLabel).toList());
        Resource resource = fixture.workspace.eResource();
        assertEquals(List.of("m-coop", "nv-1-chn", resource.getURIFragment(fixture.observation)),
                problems.stream().map(ValidationProblem::objectUriFragment).toList());
        problems.forEach(p -> assertFalse(p.message().isBlank()));
    }

    @Test
    void givesAFragmentToObjectsOutsideAnyResource() {
        fixture.observation.setDate(null);
        ValidationProblem problem = WorkspaceValidation.problems(fixture.workspace).getFirst();
        assertFalse(problem.objectUriFragment().isBlank(), problem.toString());
    }

    @Test
    void problemsOfEveryRuleAppearInOneRun() {
        fixture.addDocument(null);
        fixture.addDocument("CAC/COSP/EG.1/2018/4");
        fixture.response.setState(fixture.mexico);
        fixture.mandate.getSourceRecommendations().clear();
        fixture.mandate.getStatusChanges().add(ValidationFixture.change(LocalDate.of(2018, 5, 1), MandateStatus.SUPERSEDED));
        fixture.note.setReplyDeadline(LocalDate.of(2018, 1, 1));
        fixture.reminder.setDate(LocalDate.of(2018, 1, 2));
        fixture.reminder.setReplyDeadline(LocalDate.of(2018, 1, 1));
        fixture.observation.setDate(null);
        List<String> rules = WorkspaceValidation.problems(fixture.workspace).stream().map(ValidationProblem::ruleId).sorted().toList();
        assertEquals(List.of("Document.symbolPresent", "Mandate.sourcePresent", "Mandate.statusHistoryOrdered",
                "Mandate.successorWhenSuperseded", "MandateWorkspace.uniqueDocumentSymbols", "NoteVerbale.deadlineAfterDate",
                "NoteVerbaleReminder.afterNote", "NoteVerbaleReminder.deadlineAfterDate", "Observation.datePresent",
                "StateResponse.stateAddressed"), rules);
    }

}
