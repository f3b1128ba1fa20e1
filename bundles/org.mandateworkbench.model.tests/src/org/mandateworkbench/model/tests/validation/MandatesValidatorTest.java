package org.mandateworkbench.model.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.MandatesPackage.Literals;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.Resolution;
import org.mandateworkbench.model.validation.MandatesValidator;
import org.mandateworkbench.model.validation.WorkspaceValidation;

class MandatesValidatorTest {

    private final ValidationFixture fixture = new ValidationFixture();
    private final Locale startingLocale = Locale.getDefault();

    /** The messages are made in the JVM's locale; these tests read the English ones. */
    @BeforeEach
    void useEnglish() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(startingLocale);
    }

    @Test
    void fixtureBreaksNoRuleNotEvenEmfGenericOnes() {
        assertEquals(List.of(), WorkspaceValidation.problems(fixture.workspace));
    }

    @Test
    void reportsDocumentWithoutSymbolOnceWithItsOwnRule() {
        Document document = fixture.addDocument(null);
        Diagnostic diagnostic = single(MandatesValidator.DOCUMENT__SYMBOL_PRESENT, Diagnostic.ERROR, document, Literals.DOCUMENT__SYMBOL);
        assertTrue(diagnostic.getMessage().contains("\"Symbol\""), diagnostic.getMessage());
        assertEquals(1, WorkspaceValidation.problems(fixture.workspace).size(), "EMF's generic required-feature check stays quiet");
    }

    @Test
    void acceptsWellFormedSymbolText() {
        assertSame(Diagnostic.OK_INSTANCE, MandatesValidator.validateDocumentSymbolText("CAC/COSP/EG.1/2018/4"));
        assertSame(Diagnostic.OK_INSTANCE, MandatesValidator.validateDocumentSymbolText("ctoc/cop/wg.3/2015/4"));
    }

    @Test
    void rejectsMalformedSymbolTextWithTheParsersReason() {
        Diagnostic diagnostic = MandatesValidator.validateDocumentSymbolText("CAC//COSP");
        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        assertEquals(MandatesValidator.DIAGNOSTIC_SOURCE, diagnostic.getSource());
        assertEquals(MandatesValidator.DOCUMENT__SYMBOL_WELL_FORMED, diagnostic.getCode());
        assertEquals(List.of("CAC//COSP", Literals.DOCUMENT__SYMBOL), diagnostic.getData());
        assertTrue(diagnostic.getMessage().contains("CAC//COSP"), diagnostic.getMessage());
        assertTrue(diagnostic.getMessage().length() > "CAC//COSP".length() + 20, "carries the parser's explanation");
        assertEquals(Diagnostic.ERROR, MandatesValidator.validateDocumentSymbolText("").getSeverity());
        assertEquals(Diagnostic.ERROR, MandatesValidator.validateDocumentSymbolText(null).getSeverity());
    }

    @Test
    void reportsResponseReceivedBeforeItsNoteWasSent() {
        fixture.response.setReceivedDate(LocalDate.of(2018, 2, 1));
        Diagnostic diagnostic = single(MandatesValidator.STATE_RESPONSE__RECEIVED_AFTER_NOTE, Diagnostic.ERROR, fixture.response,
                Literals.STATE_RESPONSE__RECEIVED_DATE);
        assertNamesObjectAndField(diagnostic, "nv-1-chn", "Received Date");
        assertTrue(diagnostic.getMessage().contains("CU 2018/20"), diagnostic.getMessage());
        assertTrue(diagnostic.getMessage().contains("2018-02-01") && diagnostic.getMessage().contains("2018-02-09"));
    }

    @Test
    void acceptsResponseReceivedOnTheNotesDate() {
        fixture.response.setReceivedDate(fixture.note.getDate());
        assertEquals(List.of(), own());
    }

    @Test
    void warnsOfResponseFromStateNotAddressed() {
        fixture.response.setState(fixture.mexico);
        Diagnostic diagnostic = single(MandatesValidator.STATE_RESPONSE__STATE_ADDRESSED, Diagnostic.WARNING, fixture.response,
                Literals.STATE_RESPONSE__STATE);
        assertNamesObjectAndField(diagnostic, "nv-1-chn", "State");
        assertTrue(diagnostic.getMessage().contains("MEX"), diagnostic.getMessage());
    }

    @Test
    void acceptsResponseFromAnyStateWhenAllStatesPartiesWereAddressed() {
        fixture.response.setState(fixture.mexico);
        fixture.note.getAddressees().setAllStatesParties(true);
        assertEquals(List.of(), own());
    }

    @Test
    void reportsRecommendationWithoutMeeting() {
        Recommendation detached = MandatesFactory.eINSTANCE.createRecommendation();
        detached.setId("loose-rec");
        EValidatorRegistryImpl registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        MandatesValidator.registerIn(registry);
        List<Diagnostic> found = own(new Diagnostician(registry).validate(detached));
        assertEquals(1, found.size(), found.toString());
        assertRule(found.getFirst(), MandatesValidator.RECOMMENDATION__MEETING_PRESENT, Diagnostic.ERROR, detached,
                Literals.RECOMMENDATION__MEETING);
        assertNamesObjectAndField(found.getFirst(), "loose-rec", "Meeting");
        assertTrue(MandatesValidator.INSTANCE.validateRecommendation_meetingPresent(fixture.recommendation, null));
    }

    @Test
    void warnsOfMandateWithoutAnySource() {
        fixture.mandate.getSourceRecommendations().clear();
        Diagnostic diagnostic = single(MandatesValidator.MANDATE__SOURCE_PRESENT, Diagnostic.WARNING, fixture.mandate,
                Literals.MANDATE__SOURCE_PARAGRAPHS);
        assertNamesObjectAndField(diagnostic, "m-coop", "Source Paragraphs");
    }

    @Test
    void acceptsMandateWhoseOnlySourceIsAResolutionParagraph() {
        fixture.mandate.getSourceRecommendations().clear();
        Resolution resolution = MandatesFactory.eINSTANCE.createResolution();
        resolution.setId("res-7-1");
        resolution.setNumber("7/1");
        OperativeParagraph paragraph = MandatesFactory.eINSTANCE.createOperativeParagraph();
        paragraph.setId("res-7-1-op-3");
        paragraph.setNumber(3);
        resolution.getParagraphs().add(paragraph);
        fixture.meeting.getResolutions().add(resolution);
        fixture.mandate.getSourceParagraphs().add(paragraph);
        assertEquals(List.of(), own());
    }

    @Test
    void warnsOfSupersededMandateWithoutSuccessor() {
        fixture.mandate.getStatusChanges().add(ValidationFixture.change(LocalDate.of(2019, 7, 1), MandateStatus.SUPERSEDED));
        Diagnostic diagnostic = single(MandatesValidator.MANDATE__SUCCESSOR_WHEN_SUPERSEDED, Diagnostic.WARNING, fixture.mandate,
                Literals.MANDATE__SUCCESSOR);
        assertNamesObjectAndField(diagnostic, "m-coop", "Successor");
    }

    @Test
    void warnsOfSupersededStatusAttributeWithoutSuccessor() {
        fixture.mandate.setStatus(MandateStatus.SUPERSEDED);
        single(MandatesValidator.MANDATE__SUCCESSOR_WHEN_SUPERSEDED, Diagnostic.WARNING, fixture.mandate, Literals.MANDATE__SUCCESSOR);
    }

    @Test
    void acceptsSupersededMandateThatNamesItsSuccessor() {
        fixture.mandate.setStatus(MandateStatus.SUPERSEDED);
        Mandate successor = MandatesFactory.eINSTANCE.createMandate();
        successor.setId("m-coop-2");
        successor.getSourceRecommendations().add(fixture.recommendation);
        fixture.workspace.getMandates().add(successor);
        fixture.mandate.setSuccessor(successor);
        assertEquals(List.of(), own());
    }

    @Test
    void reportsStatusChangeDatedBeforeThePreviousOne() {
        fixture.mandate.getStatusChanges().add(ValidationFixture.change(LocalDate.of(2018, 5, 1), MandateStatus.IN_PROGRESS));
        Diagnostic diagnostic = single(MandatesValidator.MANDATE__STATUS_HISTORY_ORDERED, Diagnostic.ERROR, fixture.mandate,
                Literals.MANDATE__STATUS_CHANGES);
        assertNamesObjectAndField(diagnostic, "m-coop", "Status Changes");
        assertTrue(diagnostic.getMessage().contains("3"), "names the position of the change");
        assertTrue(diagnostic.getMessage().contains("2018-05-01") && diagnostic.getMessage().contains("2019-06-01"));
    }

    @Test
    void acceptsStatusChangesOnTheSameDayAndUndatedOnes() {
        fixture.mandate.getStatusChanges().add(ValidationFixture.change(LocalDate.of(2019, 6, 1), MandateStatus.COMPLETED));
        fixture.mandate.getStatusChanges().add(ValidationFixture.change(null, MandateStatus.COMPLETED));
        assertEquals(List.of(), own());
    }

    @Test
    void reportsEachRepeatedSymbolOnceAfterTheFirst() {
        Document repeated = fixture.addDocument("cac/cosp/eg.1/2018/4");
        Diagnostic diagnostic = single(MandatesValidator.MANDATE_WORKSPACE__UNIQUE_DOCUMENT_SYMBOLS, Diagnostic.ERROR, repeated,
                Literals.DOCUMENT__SYMBOL);
        assertNamesObjectAndField(diagnostic, "CAC/COSP/EG.1/2018/4", "Symbol");
        assertTrue(diagnostic.getMessage().contains("fixture"), "names the workspace");
        fixture.addDocument("CAC/COSP/EG.1/2018/4");
        assertEquals(2, own().size());
    }

    @Test
    void acceptsDistinctSymbols() {
        fixture.addDocument("CAC/COSP/EG.1/2018/4/Add.1");
        fixture.addDocument("CAC/COSP/EG.1/2018/5");
        assertEquals(List.of(), own());
    }

    @Test
    void reportsReminderDatedBeforeItsNote() {
        fixture.reminder.setDate(LocalDate.of(2018, 2, 1));
        Diagnostic diagnostic = single(MandatesValidator.NOTE_VERBALE_REMINDER__AFTER_NOTE, Diagnostic.ERROR, fixture.reminder,
                Literals.MANDATE_ACTION__DATE);
        assertNamesObjectAndField(diagnostic, "nv-1-reminder", "Date");
        assertTrue(diagnostic.getMessage().contains("CU 2018/20"), diagnostic.getMessage());
    }

    @Test
    void acceptsReminderOnTheNotesDate() {
        fixture.reminder.setDate(fixture.note.getDate());
        assertEquals(List.of(), own());
    }

    @Test
    void reportsReplyDeadlineBeforeTheNotesDate() {
        fixture.note.setReplyDeadline(LocalDate.of(2018, 2, 8));
        Diagnostic diagnostic = single(MandatesValidator.NOTE_VERBALE__DEADLINE_AFTER_DATE, Diagnostic.ERROR, fixture.note,
                Literals.NOTE_VERBALE__REPLY_DEADLINE);
        assertNamesObjectAndField(diagnostic, "CU 2018/20", "Reply Deadline");
    }

    @Test
    void acceptsReplyDeadlineOnTheNotesDateOrNone() {
        fixture.note.setReplyDeadline(fixture.note.getDate());
        assertEquals(List.of(), own());
        fixture.note.setReplyDeadline(null);
        assertEquals(List.of(), own());
    }

    @Test
    void reportsReminderDeadlineBeforeTheRemindersDate() {
        fixture.reminder.setReplyDeadline(LocalDate.of(2018, 3, 19));
        Diagnostic diagnostic = single(MandatesValidator.NOTE_VERBALE_REMINDER__DEADLINE_AFTER_DATE, Diagnostic.ERROR,
                fixture.reminder, Literals.NOTE_VERBALE_REMINDER__REPLY_DEADLINE);
        assertNamesObjectAndField(diagnostic, "nv-1-reminder", "Reply Deadline");
    }

    @Test
    void reportsObservationWithoutDate() {
        fixture.observation.setDate(null);
        Diagnostic diagnostic = single(MandatesValidator.OBSERVATION__DATE_PRESENT, Diagnostic.ERROR, fixture.observation,
                Literals.OBSERVATION__DATE);
        assertNamesObjectAndField(diagnostic, "replies/1", "Date");
    }

    @Test
    void keepsEmfGenericConstraintsForOtherRequiredFeatures() {
        fixture.china.setIsoCode(null);
        var problems = WorkspaceValidation.problems(fixture.workspace);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.getFirst().ruleId().startsWith("org.eclipse.emf.ecore:"), problems.getFirst().ruleId());
        assertEquals("CHN", problems.getFirst().objectLabel(), "falls back to the id");
    }

    @Test
    void namesEveryRuleDistinctly() {
        Set<String> ids = new HashSet<>();
        for (int code = MandatesValidator.DOCUMENT__SYMBOL_PRESENT; code <= MandatesValidator.OBSERVATION__DATE_PRESENT; code++) {
            String id = MandatesValidator.ruleId(code);
            assertTrue(id != null && ids.add(id), "code " + code);
        }
        assertEquals(13, ids.size());
        assertNull(MandatesValidator.ruleId(0));
        assertNull(MandatesValidator.ruleId(MandatesValidator.OBSERVATION__DATE_PRESENT + 1));
    }

    @Test
    void registersInTheGlobalRegistry() {
        Object previous = EValidator.Registry.INSTANCE.get(MandatesPackage.eINSTANCE);
        try {
            MandatesValidator.register();
            assertSame(MandatesValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(MandatesPackage.eINSTANCE));
            fixture.response.setReceivedDate(LocalDate.of(2018, 2, 1));
            assertEquals(1, own(Diagnostician.INSTANCE.validate(fixture.workspace)).size());
        } finally {
            if (previous == null) {
                EValidator.Registry.INSTANCE.remove(MandatesPackage.eINSTANCE);
            } else {
                EValidator.Registry.INSTANCE.put(MandatesPackage.eINSTANCE, previous);
            }
        }
    }

    private Diagnostic single(int code, int severity, EObject object, EStructuralFeature feature) {
        List<Diagnostic> found = own();
        assertEquals(1, found.size(), found.toString());
        assertRule(found.getFirst(), code, severity, object, feature);
        return found.getFirst();
    }

    private static void assertRule(Diagnostic diagnostic, int code, int severity, EObject object, EStructuralFeature feature) {
        assertEquals(MandatesValidator.DIAGNOSTIC_SOURCE, diagnostic.getSource());
        assertEquals(code, diagnostic.getCode(), diagnostic.getMessage());
        assertEquals(severity, diagnostic.getSeverity());
        assertEquals(List.of(object, feature), diagnostic.getData());
    }

    /** The English message quotes the object's label as 'label' and the field's display label as "Field". */
    private static void assertNamesObjectAndField(Diagnostic diagnostic, String label, String field) {
        String message = diagnostic.getMessage();
        assertTrue(message.contains("'" + label + "'"), message);
        assertTrue(message.contains('"' + field + '"'), message);
    }

    private List<Diagnostic> own() {
        return own(WorkspaceValidation.diagnose(fixture.workspace));
    }

    private static List<Diagnostic> own(Diagnostic root) {
        List<Diagnostic> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> found) {
        if (MandatesValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) && diagnostic.getSeverity() != Diagnostic.OK) {
            found.add(diagnostic);
        }
        diagnostic.getChildren().forEach(child -> collect(child, found));
    }
}
