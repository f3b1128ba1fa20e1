package org.mandateworkbench.model.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.model.symbol.DocumentSymbol;
import org.mandateworkbench.model.symbol.SymbolParseResult;

/**
 * String forms of the model's data types, called by the generated MandatesFactoryImpl through the
 * "create"/"convert" GenModel annotations of the DocumentSymbol and LocalDate data types in
 * mandates.ecore. Kept here so the generated factory needs no hand edits.
 * <p>
 * Malformed values throw {@link IllegalArgumentException} whose message quotes the value and says
 * what was expected; XMI loading reports it as a resource error.
 */
public final class ModelValueConversion {

    private ModelValueConversion() {
    }

    /** @return the symbol, or null for null */
    public static DocumentSymbol parseSymbol(String text) {
        if (text == null) {
            return null;
        }
        SymbolParseResult result = DocumentSymbol.parseResult(text);
        return result.symbol().orElseThrow(() -> new IllegalArgumentException(
                NLS.bind(Messages.ModelValue_invalidSymbol, text, result.problem().orElseThrow().message())));
    }

    /** @return the canonical spelling, or null for null */
    public static String formatSymbol(DocumentSymbol symbol) {
        return symbol == null ? null : symbol.toString();
    }

    /** @return the date written as yyyy-MM-dd, or null for null */
    public static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.ModelValue_invalidDate, text), e);
        }
    }

    /** @return yyyy-MM-dd, or null for null */
    public static String formatDate(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
