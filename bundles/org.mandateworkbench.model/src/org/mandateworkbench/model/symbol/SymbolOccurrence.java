package org.mandateworkbench.model.symbol;

import java.util.Objects;

/**
 * A document symbol found in running text.
 *
 * @param symbol    the parsed symbol
 * @param start     index of the first character of the occurrence (of the link for hyperlinks)
 * @param end       index after the last character; the span may contain a line break
 * @param hyperlink true when the symbol was written as an undocs.org link
 */
public record SymbolOccurrence(DocumentSymbol symbol, int start, int end, boolean hyperlink) {

    public SymbolOccurrence {
        Objects.requireNonNull(symbol, "symbol"); //$NON-NLS-1$
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid span " + start + ".." + end); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
