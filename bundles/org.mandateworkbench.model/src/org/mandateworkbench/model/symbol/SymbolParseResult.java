package org.mandateworkbench.model.symbol;

import java.util.Objects;
import java.util.Optional;

/**
 * Outcome of parsing a document symbol: either the symbol or the problem, never both.
 * Obtained from {@link DocumentSymbol#parseResult(CharSequence)}.
 */
public final class SymbolParseResult {

    private final DocumentSymbol symbol;
    private final SymbolProblem problem;

    private SymbolParseResult(DocumentSymbol symbol, SymbolProblem problem) {
        this.symbol = symbol;
        this.problem = problem;
    }

    static SymbolParseResult of(DocumentSymbol symbol) {
        return new SymbolParseResult(Objects.requireNonNull(symbol), null);
    }

    static SymbolParseResult of(SymbolProblem problem) {
        return new SymbolParseResult(null, Objects.requireNonNull(problem));
    }

    /** @return true when the text was a valid symbol */
    public boolean isValid() {
        return symbol != null;
    }

    /** @return the parsed symbol, empty when the text was invalid */
    public Optional<DocumentSymbol> symbol() {
        return Optional.ofNullable(symbol);
    }

    /** @return the problem, empty when the text was valid */
    public Optional<SymbolProblem> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public String toString() {
        return isValid() ? symbol.toString() : problem.toString();
    }
}
