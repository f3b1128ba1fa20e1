package org.mandateworkbench.model.validation;

/**
 * One problem found in a workspace, flattened from EMF's diagnostic tree for lists and reports.
 *
 * @param severity          how serious it is
 * @param ruleId            {@link MandatesValidator#ruleId(int)} for the model's own rules; for EMF's
 *                          generic constraints the diagnostic's source and code, e.g.
 *                          "org.eclipse.emf.ecore:1"
 * @param message           the localized message
 * @param objectLabel       the object's label as used in messages (symbol, ISO code, id, ...)
 * @param objectUriFragment the object's URI fragment in its resource (its id where it has one),
 *                          empty when the problem is about no model object
 */
public record ValidationProblem(Severity severity, String ruleId, String message, String objectLabel,
        String objectUriFragment) {

    /** The severities a problem can have; EMF's OK and CANCEL never make a problem. */
    public enum Severity {
        INFO, WARNING, ERROR
    }
}
