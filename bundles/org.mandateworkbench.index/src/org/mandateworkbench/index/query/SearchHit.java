package org.mandateworkbench.index.query;

import java.util.List;

/**
 * One unit found by a search.
 *
 * @param id        the unit's unique id (model object id; State response topics add #topic)
 * @param kind      the unit kind key, e.g. recommendation
 * @param symbols   the symbols of the documents the unit comes from
 * @param paragraph the paragraph label (e.g. 47 (a)) or topic, empty when none
 * @param section   the heading of the section a document's paragraph or passage stands in, empty when none
 * @param date      ISO date, empty when unknown
 * @param bodies    the bodies, as symbol prefixes
 * @param snippet   the best passages with matches between &lt;b&gt; and &lt;/b&gt;, or the start of the text
 * @param score     relevance score
 * @param language  the language of the snippet (en, zh)
 * @param access    the unit's access classification (see {@code IndexFields.ACCESS})
 */
public record SearchHit(String id, String kind, List<String> symbols, String paragraph, String section, String date,
        List<String> bodies, String snippet, float score, String language, String access) {
}
