package org.mandateworkbench.ingest.recognize;

import java.time.LocalDate;

/**
 * A date or date range found in text.
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 * @param from  the (first) date
 * @param to    the last date of a range, equal to {@code from} for a single date
 */
public record DateMention(int start, int end, LocalDate from, LocalDate to) {
}
