package org.mandateworkbench.index.schema;

import java.util.Locale;
import java.util.Optional;

/** The units of search: what one hit stands for. */
public enum UnitKind {
    /** A recommendation of a meeting (one lettered sub-paragraph). */
    RECOMMENDATION,
    /** An operative paragraph of a resolution. */
    RESOLUTION_PARAGRAPH,
    /** A mandate. */
    MANDATE,
    /** A note verbale sent for a mandate. */
    NOTE_VERBALE,
    /** What one State's response says on one topic. */
    STATE_RESPONSE_TOPIC,
    /**
     * One language version of a document that carries text: its whole text when it has no numbered
     * paragraphs or passages, else the text before the first one.
     */
    DOCUMENT_TEXT,
    /** One numbered paragraph of a language version of a document. */
    DOCUMENT_PARAGRAPH,
    /** One footnote of a language version of a document, without its marker. */
    DOCUMENT_FOOTNOTE,
    /** Unnumbered text after a section heading of a language version (a lead-in, an annex). */
    DOCUMENT_PASSAGE;

    /** @return the key stored in the index, e.g. recommendation */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the kind with this key, in any case */
    public static Optional<UnitKind> fromKey(String key) {
        for (UnitKind kind : values()) {
            if (kind.key().equalsIgnoreCase(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
