package org.mandateworkbench.ingest.evaluation;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.mandateworkbench.model.symbol.DocumentSymbol;

/**
 * Turns facts into the comparable keys used on both sides of an evaluation, so that an annotated
 * fact and an extracted one are equal exactly when they mean the same thing.
 */
public final class FactKeys {

	private FactKeys() {
	}

	/**
	 * @param symbol a document symbol as written
	 * @return its normalized form (the model's symbol type), or empty if it is not a symbol
	 */
	public static Optional<String> symbol(String symbol) {
		return DocumentSymbol.tryParse(symbol.strip()).map(DocumentSymbol::toString);
	}

	/**
	 * @param kind      "resolution" or "decision"
	 * @param body      "GA", "SC", "ECOSOC", "HRC" or "" for the body that issues the document
	 * @param number    such as "7/1"
	 * @param paragraph the paragraph cited, 0 if none
	 * @return such as "resolution|GA|71/208|0"
	 */
	public static String resolution(String kind, String body, String number, int paragraph) {
		return kind.toLowerCase(Locale.ROOT) + '|' + body.toUpperCase(Locale.ROOT) + '|' + number.strip() + '|'
				+ paragraph;
	}

	/**
	 * @param date a day
	 * @return ISO yyyy-mm-dd
	 */
	public static String date(LocalDate date) {
		return date.toString();
	}

	/**
	 * @param iso3 a State code
	 * @return the code in capitals
	 */
	public static String state(String iso3) {
		return iso3.strip().toUpperCase(Locale.ROOT);
	}

	/**
	 * @param value the count
	 * @param asOf  the date of the count
	 * @return such as "129@2018-03-27"
	 */
	public static String indicator(int value, LocalDate asOf) {
		return String.valueOf(value) + '@' + asOf;
	}

	/**
	 * @param paragraph the paragraph number
	 * @param letter    the item letter
	 * @param addressee the addressee key (secretariat, statesParties, memberStates, workingGroup,
	 *                  unknown)
	 * @return such as "47a|statesParties"
	 */
	public static String recommendation(int paragraph, char letter, String addressee) {
		return String.valueOf(paragraph) + Character.toLowerCase(letter) + '|' + addressee.strip();
	}
}
