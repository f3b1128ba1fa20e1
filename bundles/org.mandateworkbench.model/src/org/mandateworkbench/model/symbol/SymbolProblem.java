package org.mandateworkbench.model.symbol;

import java.util.Objects;

/**
 * Why a text is not a valid document symbol.
 *
 * @param kind     what went wrong, for code that reacts to it
 * @param position 0-based index into the text given to the parser where the problem starts
 *                 (the text's length when something is missing at the end)
 * @param message  plain, localized sentence naming the 1-based character and what was expected
 */
public record SymbolProblem(Kind kind, int position, String message) {

    /** The kinds of problem the parser reports. */
    public enum Kind {
        /** Nothing but white space was given. */
        EMPTY,
        /** A character that never occurs in symbols, such as ';' or a Chinese character. */
        INVALID_CHARACTER,
        /** A space inside a component rather than next to a slash. */
        UNEXPECTED_SPACE,
        /** Two slashes in a row, or a leading slash. */
        EMPTY_COMPONENT,
        /** The symbol ends with a slash. */
        TRAILING_SLASH,
        /** The first component is not a series code of capital letters. */
        INVALID_SERIES,
        /** The series (or series and session) is not followed by anything naming a document. */
        MISSING_DOCUMENT_NUMBER,
        /** Add., Corr., Rev. or Amend. without its number. */
        MISSING_SUFFIX_NUMBER,
        /** A component in a place where the symbol grammar does not allow it. */
        UNEXPECTED_COMPONENT,
        /** Parentheses that do not hold a four-digit year at the end. */
        INVALID_PARENTHESIS,
        /** A number with more digits than any real symbol uses. */
        NUMBER_TOO_LONG
    }

    public SymbolProblem {
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        Objects.requireNonNull(message, "message"); //$NON-NLS-1$
        if (position < 0) {
            throw new IllegalArgumentException("position < 0"); //$NON-NLS-1$
        }
    }
}
