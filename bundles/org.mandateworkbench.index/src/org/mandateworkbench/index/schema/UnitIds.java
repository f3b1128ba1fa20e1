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
 * of a document is {@code documentKey@language}, one of its numbered paragraphs
 * {@code documentKey@language\u00b6number}, one of its footnotes {@code documentKey@language\u2020marker}
 * and its n-th unnumbered passage {@code documentKey@language\u00a7n}.
 */
public final class UnitIds {

    private static final char TOPIC = '#';
    private static final char LANGUAGE = '@';
    private static final char PARAGRAPH = '\u00b6';
    private static final char FOOTNOTE = '\u2020';
    private static final char PASSAGE = '\u00a7';
    /** Digits of a number's length in an order key. */
    private static final int LENGTH_DIGITS = 2;
    /** Numbers longer than this share a length in an order key; the id appended tells them apart. */
    private static final int MAX_LENGTH = 99;

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

    /** @return the unit id of a footnote of one language version of a document, by its marker (1, 2, *) */
    public static String documentFootnote(String documentKey, String language, String marker) {
        return documentText(documentKey, language) + FOOTNOTE + marker;
    }

    /** @return the unit id of the n-th unnumbered passage (from 1) of one language version of a document */
    public static String documentPassage(String documentKey, String language, int ordinal) {
        return documentText(documentKey, language) + PASSAGE + ordinal;
    }

    /** @return the language of a unit id of a document version or of a part of one, empty for other units */
    public static Optional<String> language(String unitId) {
        int at = languageAt(unitId);
        if (at < 0) {
            return Optional.empty();
        }
        int part = partAt(unitId, at);
        return Optional.of(unitId.substring(at + 1, part < 0 ? unitId.length() : part));
    }

    /** @return the paragraph number of a document-paragraph unit id, empty for other units */
    public static Optional<String> paragraph(String unitId) {
        return part(unitId, PARAGRAPH);
    }

    /** @return the footnote marker of a document-footnote unit id, empty for other units */
    public static Optional<String> footnote(String unitId) {
        return part(unitId, FOOTNOTE);
    }

    /** @return the ordinal (from 1) of a document-passage unit id, empty for other units */
    public static Optional<Integer> passage(String unitId) {
        return part(unitId, PASSAGE).flatMap(ordinal -> {
            try {
                return Optional.of(Integer.valueOf(ordinal));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** Position of the @ before the language of a document unit id, or -1. */
    private static int languageAt(String unitId) {
        return unitId.indexOf(TOPIC) >= 0 ? -1 : unitId.lastIndexOf(LANGUAGE);
    }

    /** Position of the mark of a part (paragraph, footnote, passage) after the language, or -1. */
    private static int partAt(String unitId, int at) {
        for (int i = at + 1; i < unitId.length(); i++) {
            char c = unitId.charAt(i);
            if (c == PARAGRAPH || c == FOOTNOTE || c == PASSAGE) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> part(String unitId, char mark) {
        int at = languageAt(unitId);
        int part = at < 0 ? -1 : partAt(unitId, at);
        return part < 0 || unitId.charAt(part) != mark ? Optional.empty() : Optional.of(unitId.substring(part + 1));
    }

    /** @return the id of the same unit in another language; the id itself for units holding both */
    public static String inLanguage(String unitId, String language) {
        if (language(unitId).isEmpty()) {
            return unitId;
        }
        String version = documentText(objectId(unitId), language);
        int at = languageAt(unitId);
        int part = partAt(unitId, at);
        return part < 0 ? version : version + unitId.substring(part);
    }

    /**
     * The key that orders units whose search scores and dates are equal: ids compare as text, but
     * each run of digits compares as a number, so that {@code rec-2a} comes before {@code rec-12} and
     * paragraph 2 of a document before paragraph 10 (a symbol's numbers, such as 2019/2 and 2019/10,
     * likewise). A number is written as its length in two digits, then its digits without leading
     * zeros. No two units share a key, so the order is total: the key of an id whose numbers have no
     * leading zeros and at most 99 digits spells the id out again (every literal character is no
     * digit, every number says its length); any other id, such as {@code nv-2019-09-02}, adds a NUL
     * and the id itself, which neither an id nor the key of the first kind holds.
     *
     * @return the order key of a unit id (which holds no NUL)
     */
    public static String orderKey(String unitId) {
        StringBuilder key = new StringBuilder(unitId.length() + 8);
        boolean ambiguous = false;
        int i = 0;
        while (i < unitId.length()) {
            char c = unitId.charAt(i);
            if (!isDigit(c)) {
                key.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < unitId.length() && isDigit(unitId.charAt(end))) {
                end++;
            }
            int start = i;
            while (start < end - 1 && unitId.charAt(start) == '0') {
                start++;
            }
            ambiguous |= start > i || end - start > MAX_LENGTH;
            // The length first, as fixed-width digits: a longer number is the larger one.
            String length = Integer.toString(Math.min(end - start, MAX_LENGTH));
            key.append("0".repeat(LENGTH_DIGITS - length.length())).append(length).append(unitId, start, end); //$NON-NLS-1$
            i = end;
        }
        return ambiguous ? key.append('\u0000').append(unitId).toString() : key.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
