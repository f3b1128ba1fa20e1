package org.mandateworkbench.ingest.recognize;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a title or meeting line says about the meeting a document belongs to.
 *
 * @param ordinal the meeting's or session's ordinal ("第八次", "eighth session"), 0 if not stated
 * @param from    the first day, if stated
 * @param to      the last day (equal to {@code from} for one day), if stated
 * @param venue   the city, if stated
 */
public record MeetingDetails(int ordinal, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> venue) {

	/** @return whether nothing was found */
	public boolean isEmpty() {
		return ordinal == 0 && from.isEmpty() && venue.isEmpty();
	}
}
