package org.mandateworkbench.index.query;

import java.util.List;

/**
 * The other language's version of a hit: for a language version of a document, the twin document
 * version with the same symbol; for a recommendation, resolution paragraph, mandate, note verbale or
 * response topic, the same unit's text in the other language.
 *
 * @param id        the unit id of the twin
 * @param language  the twin's language (en, zh)
 * @param symbols   the symbols of the documents the twin comes from
 * @param paragraph the paragraph label or topic, empty when none
 * @param text      the twin's text in that language
 */
public record TwinText(String id, String language, List<String> symbols, String paragraph, String text) {
}
