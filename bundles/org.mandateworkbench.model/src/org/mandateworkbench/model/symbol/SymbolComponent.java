package org.mandateworkbench.model.symbol;

import java.util.Objects;

/**
 * One slash-separated part of a document symbol, in canonical spelling.
 *
 * @param kind what the part means in the symbol
 * @param text canonical text, e.g. "EG.1", "2019", "L.1", "Add.3"
 */
public record SymbolComponent(Kind kind, String text) {

    /** Roles a component can play, in the order they appear in a symbol. */
    public enum Kind {
        /** Issuing body or series, e.g. A, RES, CN.7, EG.1, IRG. */
        SERIES,
        /** A four-digit year such as 2019. */
        YEAR,
        /** A session number such as 71, or a special session such as ES-10. */
        SESSION,
        /** Document-type markers such as L.1, CRP.13, INF, R.2, Misc.1. */
        SPECIAL,
        /** The running document number. */
        NUMBER,
        /** Add.N, Corr.N, Rev.N or Amend.N. */
        SUFFIX
    }

    public SymbolComponent {
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        Objects.requireNonNull(text, "text"); //$NON-NLS-1$
    }

    @Override
    public String toString() {
        return text;
    }
}
