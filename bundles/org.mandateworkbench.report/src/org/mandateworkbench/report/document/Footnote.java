package org.mandateworkbench.report.document;

import java.util.List;

/**
 * A footnote citing documents by symbol, e.g. "CAC/COSP/EG.1/2017/3".
 *
 * @param symbols the cited document symbols, at least one
 */
public record Footnote(List<String> symbols) {

    /** @throws IllegalArgumentException if no symbol is given */
    public Footnote {
        symbols = List.copyOf(symbols);
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("A footnote must cite at least one document symbol");
        }
    }

    /** @return the text of the footnote: the symbols separated by semicolons, ending with a full stop */
    public String text() {
        return String.join("; ", symbols) + ".";
    }
}
