package org.mandateworkbench.model.validation.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * Our messages for the diagnostics of EMF's generic constraints ({@link EObjectValidator}), chosen
 * by EMF's message key and filled from the diagnostic's data. EMF's own text names the Java feature
 * and the object's implementation class and exists only in English.
 */
public final class GenericMessages {

    private GenericMessages() {
    }

    /**
     * @param messageKey EMF's key of the message, e.g. "_UI_RequiredFeatureMustBeSet_diagnostic"
     * @param code       EMF's code of the constraint
     * @param data       EMF's data of the diagnostic: the object first, then, depending on the
     *                   constraint, the feature and the other object
     * @return the message in the current locale
     */
    public static String message(String messageKey, int code, Object[] data) {
        EObject object = data.length > 0 && data[0] instanceof EObject first ? first : null;
        String label = object == null ? "?" : ObjectLabeler.nearestLabel(object); //$NON-NLS-1$
        EStructuralFeature feature = data.length > 1 && data[1] instanceof EStructuralFeature second ? second : null;
        return switch (messageKey) {
            case "_UI_RequiredFeatureMustBeSet_diagnostic", "_UI_FeatureHasTooFewValues_diagnostic" -> feature == null //$NON-NLS-1$ //$NON-NLS-2$
                    ? inconsistent(label, code)
                    : Messages.bind(Messages.Generic_fieldRequired, label, Messages.field(feature));
            case "_UI_DanglingReference_diagnostic" -> feature == null || !(third(data) instanceof EObject target) //$NON-NLS-1$
                    ? inconsistent(label, code)
                    : Messages.bind(Messages.Generic_referenceDangling, label, Messages.field(feature), ObjectLabeler.label(target));
            case "_UI_UnresolvedProxy_diagnostic" -> feature == null || !(third(data) instanceof InternalEObject proxy) //$NON-NLS-1$
                    ? inconsistent(label, code)
                    : Messages.bind(Messages.Generic_referenceUnresolved, label, Messages.field(feature), proxy.eProxyURI());
            case "_UI_DuplicateID_diagnostic" -> object == null || object.eClass().getEIDAttribute() == null //$NON-NLS-1$
                    ? inconsistent(label, code)
                    : Messages.bind(Messages.Generic_duplicateId, label, Messages.field(object.eClass().getEIDAttribute()));
            default -> inconsistent(label, code);
        };
    }

    private static Object third(Object[] data) {
        return data.length > 2 ? data[2] : null;
    }

    private static String inconsistent(String label, int code) {
        return Messages.bind(Messages.Generic_inconsistent, label, EObjectValidator.DIAGNOSTIC_SOURCE + ':' + code);
    }
}
