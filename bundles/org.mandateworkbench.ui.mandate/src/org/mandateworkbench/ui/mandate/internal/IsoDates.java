package org.mandateworkbench.ui.mandate.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Dates as the editor shows and reads them: ISO yyyy-MM-dd, the same in every UI language. */
public final class IsoDates {

	private IsoDates() {
	}

	/** @return the date as yyyy-MM-dd, or an empty string for none */
	public static String format(LocalDate date) {
		return date == null ? "" : date.toString(); //$NON-NLS-1$
	}

	/** @return the date the trimmed text names, empty when it is not a yyyy-MM-dd date */
	public static Optional<LocalDate> parse(String text) {
		try {
			return Optional.of(LocalDate.parse(text.strip()));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
