package org.mandateworkbench.ingest.evaluation;

/**
 * The facts whose extraction is measured, each under the key it has in the annotation file and in
 * the printed report.
 */
public enum EvaluationField {
	/** Document symbols: the document's own, its agenda's and every symbol cited. */
	SYMBOLS("symbols"), //$NON-NLS-1$
	/** Resolutions and decisions cited, with body and paragraph. */
	RESOLUTIONS("resolutions"), //$NON-NLS-1$
	/** Calendar days named in the text (both ends of a range). */
	DATES("dates"), //$NON-NLS-1$
	/** States named, by ISO 3166 alpha-3 code. */
	STATES("states"), //$NON-NLS-1$
	/** Lettered recommendations: paragraph, letter and addressee. */
	RECOMMENDATIONS("recommendations"), //$NON-NLS-1$
	/** Dates of notes verbales and reminders. */
	NOTE_VERBALE_DATES("noteVerbaleDates"), //$NON-NLS-1$
	/** Dated counts: value and "as of" date (what is counted is free text and not compared). */
	INDICATORS("indicators"), //$NON-NLS-1$
	/** Symbols of the reports whose recommendations a document reiterates. */
	REITERATED("reiterated"); //$NON-NLS-1$

	private final String key;

	EvaluationField(String key) {
		this.key = key;
	}

	/** @return the key in annotation files and reports, such as "noteVerbaleDates" */
	public String key() {
		return key;
	}
}
