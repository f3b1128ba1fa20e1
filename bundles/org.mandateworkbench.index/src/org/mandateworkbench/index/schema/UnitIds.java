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
 * object's id; a State response topic adds {@code #topic} to the response's id, a language version
 * of a document is {@code documentKey@language} and one of its numbered paragraphs
 * {@code documentKey@language\u00b6number}.
 */
public final class UnitIds {

    private static final char TOPIC = '#';
    private static final char LANGUAGE = '@';
    private static final char PARAGRAPH = '\u00b6';

    private UnitIds() {
    }

    /** @return the unit id of one language version of a document */
    public static String documentText(String documentKey, String language) {
        return documentKey + LANGUAGE + language.toLowerCase(Locale.ROOT);
    }

    /** @return the unit id of a numbered paragraph of one language version of a document */
    public static String documentParagraph(String documentKey, String language, String number) {
        return documentText(documentKey, language) + PARAGRAPH + number;
    }

    /** @return the language of a document-version or document-paragraph unit id, empty for other units */
    public static Optional<String> language(String unitId) {
        int at = unitId.lastIndexOf(LANGUAGE);
        if (at < 0 || unitId.indexOf(TOPIC) >= 0) {
            return Optional.empty();
        }
        int paragraph = unitId.indexOf(PARAGRAPH, at);
        return Optional.of(unitId.substring(at + 1, paragraph < 0 ? unitId.length() : paragraph));
    }

    /** @return the paragraph number of a document-paragraph unit id, empty for other units */
    public static Optional<String> paragraph(String unitId) {
        int at = unitId.lastIndexOf(LANGUAGE);
        int paragraph = at < 0 ? -1 : unitId.indexOf(PARAGRAPH, at);
        return paragraph < 0 || unitId.indexOf(TOPIC) >= 0 ? Optional.empty() : Optional.of(unitId.substring(paragraph + 1));
    }

    /** @return the id of the same unit in another language; the id itself for units holding both */
    public static String inLanguage(String unitId, String language) {
        if (language(unitId).isEmpty()) {
            return unitId;
        }
        String key = objectId(unitId);
        return paragraph(unitId).map(number -> documentParagraph(key, language, number))
                .orElse(documentText(key, language));
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
