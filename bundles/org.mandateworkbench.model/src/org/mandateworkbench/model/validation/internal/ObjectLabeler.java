package org.mandateworkbench.model.validation.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.Identifiable;
import org.mandateworkbench.model.Indicator;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.NoteVerbaleReminder;
import org.mandateworkbench.model.Observation;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.StatusChange;

/**
 * Short, language-neutral labels for model objects in problem messages: the keys users know
 * (document symbols, ISO codes, note references, ids), never translated text, so a message reads
 * the same object name in every language.
 */
public final class ObjectLabeler {

    private ObjectLabeler() {
    }

    /** @return the object's label; the class name and URI fragment when it has no key */
    public static String label(EObject object) {
        if (object == null) {
            return "?"; //$NON-NLS-1$
        }
        String key = key(object);
        return key != null && !key.isBlank() ? key : object.eClass().getName() + ' ' + EcoreUtil.getURI(object).fragment();
    }

    /**
     * @return the label of the object or, when it has no key (a localized string, a language
     *         version), of the nearest container that has one: what a user can find in the workspace
     */
    public static String nearestLabel(EObject object) {
        for (EObject candidate = object; candidate != null; candidate = candidate.eContainer()) {
            String key = key(candidate);
            if (key != null && !key.isBlank()) {
                return key;
            }
        }
        return label(object);
    }

    private static String key(EObject object) {
        return switch (object) {
            case Document document -> document.getSymbol() == null ? null : document.getSymbol().toString();
            case State state -> state.getIsoCode() != null ? state.getIsoCode() : state.getId();
            case NoteVerbale note -> note.getReference() != null ? note.getReference() : note.getId();
            case NoteVerbaleReminder reminder -> reminder.getReference() != null ? reminder.getReference() : reminder.getId();
            case StateResponse response -> response.getId() != null ? response.getId() : responseKey(response);
            case Identifiable identifiable -> identifiable.getId();
            case MandateWorkspace workspace -> workspace.getName();
            case Observation observation -> positionIn(observation, Indicator.class);
            case StatusChange change -> positionIn(change, Mandate.class);
            default -> null;
        };
    }

    private static String responseKey(StateResponse response) {
        return label(response.getNoteVerbale()) + '/' + label(response.getState());
    }

    /** "container/n" with n the 1-based position in the containing list. */
    private static String positionIn(EObject object, Class<? extends EObject> containerType) {
        EObject container = object.eContainer();
        if (!containerType.isInstance(container) || !object.eContainmentFeature().isMany()) {
            return null;
        }
        int index = ((List<?>) container.eGet(object.eContainmentFeature())).indexOf(object);
        return label(container) + '/' + (index + 1);
    }
}
