package org.mandateworkbench.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.validation.ValidationProblem.Severity;
import org.mandateworkbench.model.validation.internal.ObjectLabeler;

/**
 * Validates a whole workspace with EMF's {@link Diagnostician} and {@link MandatesValidator} and
 * returns the problems as a flat list. Needs no prior {@link MandatesValidator#register()}: it
 * validates with a private registry holding the model validator in front of the global registry.
 */
public final class WorkspaceValidation {

    private WorkspaceValidation() {
    }

    /** @return EMF's diagnostic tree for the workspace and everything it contains */
    public static Diagnostic diagnose(MandateWorkspace workspace) {
        return diagnostician().validate(workspace);
    }

    private static Diagnostician diagnostician() {
        EValidatorRegistryImpl registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        MandatesValidator.registerIn(registry);
        return new Diagnostician(registry);
    }

    /** @return every problem in the workspace, in the order the diagnostician found them; empty when valid */
    public static List<ValidationProblem> problems(MandateWorkspace workspace) {
        return problemsOf(workspace);
    }

    /**
     * @return every problem of {@code object} and everything it contains (a mandate with its status
     *         history, actions and responses), in the order the diagnostician found them; empty when valid
     */
    public static List<ValidationProblem> problemsOf(EObject object) {
        List<ValidationProblem> problems = new ArrayList<>();
        for (Diagnostic child : diagnostician().validate(object).getChildren()) {
            flatten(child, problems);
        }
        return problems;
    }

    private static void flatten(Diagnostic diagnostic, List<ValidationProblem> problems) {
        if (!diagnostic.getChildren().isEmpty()) {
            diagnostic.getChildren().forEach(child -> flatten(child, problems));
            return;
        }
        Severity severity = severity(diagnostic.getSeverity());
        if (severity == null) {
            return;
        }
        EObject object = diagnostic.getData().isEmpty() || !(diagnostic.getData().getFirst() instanceof EObject o) ? null : o;
        problems.add(new ValidationProblem(severity, ruleId(diagnostic), diagnostic.getMessage(),
                object == null ? "" : ObjectLabeler.label(object), object == null ? "" : fragment(object))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Severity severity(int emfSeverity) {
        if ((emfSeverity & Diagnostic.ERROR) != 0) {
            return Severity.ERROR;
        }
        if ((emfSeverity & Diagnostic.WARNING) != 0) {
            return Severity.WARNING;
        }
        return (emfSeverity & Diagnostic.INFO) != 0 ? Severity.INFO : null;
    }

    private static String ruleId(Diagnostic diagnostic) {
        String own = MandatesValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
                ? MandatesValidator.ruleId(diagnostic.getCode())
                : null;
        return own != null ? own : diagnostic.getSource() + ':' + diagnostic.getCode();
    }

    private static String fragment(EObject object) {
        Resource resource = object.eResource();
        return resource != null ? resource.getURIFragment(object) : EcoreUtil.getURI(object).fragment();
    }
}
