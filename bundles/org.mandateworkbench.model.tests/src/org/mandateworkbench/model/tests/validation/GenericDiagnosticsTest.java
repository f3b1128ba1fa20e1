package org.mandateworkbench.model.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.validation.ValidationProblem;
import org.mandateworkbench.model.validation.WorkspaceValidation;

/**
 * EMF's generic checks keep their rule (source and code) but speak our language: the object by its
 * label, the field by the property sheet's label, in the UI language of the moment.
 */
class GenericDiagnosticsTest {

    private final ValidationFixture fixture = new ValidationFixture();
    private final Locale startingLocale = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(startingLocale);
    }

    @Test
    void requiredFieldNamesItsLabel() {
        fixture.china.setIsoCode(null);

        ValidationProblem english = single(Locale.ENGLISH, EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS);
        assertEquals("'CHN' has no value in \"Iso Code\", which is required. Enter a value in \"Iso Code\".", english.message());
        ValidationProblem chinese = single(Locale.CHINESE, EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS);
        assertTrue(chinese.message().startsWith("\u201cCHN\u201d\u7684\u201cISO \u4ee3\u7801\u201d"), chinese.message());
    }

    @Test
    void fieldOfAnObjectWithoutLabelIsReportedOnItsContainer() {
        fixture.mandate.getTitle().getValues().getFirst().setLanguage(null);

        ValidationProblem problem = single(Locale.ENGLISH, EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS);
        assertTrue(problem.message().startsWith("'m-coop' has no value in \"Language\""), problem.message());
    }

    @Test
    void referenceToARemovedObjectNamesTheFieldAndTheObject() {
        fixture.putInResource();
        State removed = MandatesFactory.eINSTANCE.createState();
        removed.setId("KEN");
        removed.setIsoCode("KEN");
        fixture.response.setState(removed);
        fixture.note.getAddressees().setAllStatesParties(true);

        ValidationProblem english = single(Locale.ENGLISH, EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED);
        assertTrue(english.message().startsWith("'nv-1-chn' refers in \"State\" to 'KEN', which is no longer in the workspace."),
                english.message());
        ValidationProblem chinese = single(Locale.CHINESE, EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED);
        assertTrue(chinese.message().startsWith("\u201cnv-1-chn\u201d\u7684\u201c\u56fd\u5bb6\u201d\u5f15\u7528\u4e86\u201cKEN\u201d"),
                chinese.message());
    }

    @Test
    void unresolvedReferenceNamesTheFieldAndWhereTheObjectWasExpected() {
        State proxy = MandatesFactory.eINSTANCE.createState();
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI("states.mandates#KEN"));
        fixture.response.setState(proxy);
        fixture.note.getAddressees().setAllStatesParties(true);

        ValidationProblem problem = single(Locale.ENGLISH, EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES);
        assertTrue(problem.message().startsWith("'nv-1-chn' refers in \"State\" to an object that is not in the workspace files "
                + "(states.mandates#KEN)."), problem.message());
    }

    @Test
    void duplicateIdNamesTheIdField() {
        fixture.putInResource();
        Mandate twin = MandatesFactory.eINSTANCE.createMandate();
        twin.setId("m-coop");
        twin.getSourceRecommendations().add(fixture.recommendation);
        fixture.workspace.getMandates().add(twin);

        ValidationProblem english = single(Locale.ENGLISH, EObjectValidator.EOBJECT__UNIQUE_ID);
        assertEquals("'m-coop' is the \"Id\" of more than one object in the workspace. Give each of them a different \"Id\".",
                english.message());
        ValidationProblem chinese = single(Locale.CHINESE, EObjectValidator.EOBJECT__UNIQUE_ID);
        assertTrue(chinese.message().contains("\u201c\u6807\u8bc6\u201d"), chinese.message());
    }

    @Test
    void repeatedDocumentSymbolIsReportedByItsOwnRuleOnly() {
        fixture.putInResource();
        fixture.addDocument("CAC/COSP/EG.1/2018/4");

        List<ValidationProblem> problems = WorkspaceValidation.problems(fixture.workspace);
        assertEquals(List.of("MandateWorkspace.uniqueDocumentSymbols"), problems.stream().map(ValidationProblem::ruleId).toList(),
                problems::toString);
    }

    /** Equinox's NLS would keep the language of the first message; ours follow the locale of each run. */
    @Test
    void messagesFollowTheLocaleOfEachRun() {
        fixture.note.setReplyDeadline(java.time.LocalDate.of(2018, 1, 1));
        Locale.setDefault(Locale.ENGLISH);
        String english = WorkspaceValidation.problems(fixture.workspace).getFirst().message();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        String chinese = WorkspaceValidation.problems(fixture.workspace).getFirst().message();
        Locale.setDefault(Locale.ENGLISH);
        String englishAgain = WorkspaceValidation.problems(fixture.workspace).getFirst().message();

        assertTrue(english.startsWith("The note verbale 'CU 2018/20' has the \"Reply Deadline\" 2018-01-01"), english);
        assertTrue(chinese.startsWith("\u666e\u901a\u7167\u4f1a\u201cCU 2018/20\u201d\u7684\u201c\u7b54\u590d\u622a\u6b62\u65e5\u671f\u201d"),
                chinese);
        assertEquals(english, englishAgain);
    }

    private ValidationProblem single(Locale locale, int emfCode) {
        Locale.setDefault(locale);
        List<ValidationProblem> problems = WorkspaceValidation.problems(fixture.workspace);
        assertEquals(List.of(EObjectValidator.DIAGNOSTIC_SOURCE + ':' + emfCode),
                problems.stream().map(ValidationProblem::ruleId).toList(), problems::toString);
        ValidationProblem problem = problems.getFirst();
        assertFalse(problem.message().contains("org.mandateworkbench"), "no implementation class: " + problem.message());
        return problem;
    }

}
