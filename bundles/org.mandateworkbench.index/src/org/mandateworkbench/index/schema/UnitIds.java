package org.mandateworkbench.index.schema;

import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.Identifiable;
import org.mandateworkbench.model.MandateWorkspace;

/**
 * The ids of units of search and the model objects they stand for. Most units carry their model
 * object's id; a State response topic adds {@code #topic} to the response's id and a language version
 * of a document is {@code documentKey@language}.
 */
public final class UnitIds {

    private static final char TOPIC = '#';
    private static final char LANGUAGE = '@';

    private UnitIds() {
    }

    /** @return the unit id of one language version of a document */
    public static String documentText(String documentKey, String language) {
        return documentKey + LANGUAGE + language.toLowerCase(Locale.ROOT);
    }

    /** @return the language of a document-version unit id, empty for other units */
    public static Optional<String> language(String unitId) {
        int at = unitId.lastIndexOf(LANGUAGE);
        return at < 0 || unitId.indexOf(TOPIC) >= 0 ? Optional.empty() : Optional.of(unitId.substring(at + 1));
    }

    /** @return the id (or document key) of the model object a unit stands for */
    public static String objectId(String unitId) {
        int topic = unitId.indexOf(TOPIC);
        if (topic >= 0) {
            return unitId.substring(0, topic);
        }
        int at = unitId.lastIndexOf(LANGUAGE);
        return at < 0 ? unitId : unitId.substring(0, at);
    }

    /**
     * Finds the model object a unit stands for: the recommendation, resolution paragraph, mandate,
     * note verbale, State response or document.
     *
     * @return the object, empty when it is no longer in the workspace
     */
    public static Optional<EObject> resolve(MandateWorkspace workspace, String unitId) {
        String id = objectId(unitId);
        boolean document = language(unitId).isPresent();
        for (Iterator<EObject> all = workspace.eAllContents(); all.hasNext();) {
            EObject object = all.next();
            if (document ? object instanceof Document d && id.equals(d.getKey())
                    : object instanceof Identifiable identifiable && id.equals(identifiable.getId())) {
                return Optional.of(object);
            }
        }
        return Optional.empty();
    }
}
