package org.mandateworkbench.ui.dashboard.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How the dashboard keeps its "as of" date in the workspace's preferences: an ISO date when the
 * user chose another day, nothing when the dashboard follows today.
 */
public final class AsOfDates {

	/** The instance-scope (per workspace) preference node and key of the stored date. */
	public static final String NODE = "org.mandateworkbench.ui.dashboard"; //$NON-NLS-1$
	public static final String KEY = "asOf"; //$NON-NLS-1$

	private AsOfDates() {
	}

	/** @return the stored date, or today when none or an unreadable one is stored */
	public static LocalDate restore(String stored, LocalDate today) {
		if (stored == null || stored.isBlank()) {
			return today;
		}
		try {
			return LocalDate.parse(stored.strip());
		} catch (DateTimeParseException e) {
			return today;
		}
	}

	/** @return the value to store for a chosen date: empty for today, so that the next day shows that day */
	public static String toStore(LocalDate chosen, LocalDate today) {
		return chosen.equals(today) ? "" : chosen.toString(); //$NON-NLS-1$
	}
}
