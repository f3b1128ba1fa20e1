package org.mandateworkbench.model.symbol;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A suffix such as Add.3 or Rev.1 that marks an addendum, corrigendum, revision or amendment.
 *
 * @param kind   which suffix
 * @param number its number, at least 0
 */
public record SymbolSuffix(Kind kind, int number) {

    /** The suffix words, with their canonical spelling. */
    public enum Kind {
        ADD("Add."), CORR("Corr."), REV("Rev."), AMEND("Amend."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        /** @return canonical spelling including the dot, e.g. "Add." */
        public String prefix() {
            return prefix;
        }

        /** @return the kind whose word (without dot) matches, ignoring case */
        static Optional<Kind> ofWord(String word) {
            String upper = word.toUpperCase(Locale.ROOT);
            for (Kind kind : values()) {
                if (kind.name().equals(upper)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public SymbolSuffix {
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        if (number < 0) {
            throw new IllegalArgumentException("number < 0"); //$NON-NLS-1$
        }
    }

    @Override
    public String toString() {
        return kind.prefix() + number;
    }
}
