package org.mandateworkbench.ingest.evaluation;

/**
 * The lowest acceptable precision and recall, the same for every field.
 *
 * @param precision the lowest precision, 0 to 1
 * @param recall    the lowest recall, 0 to 1
 */
public record QualityTargets(double precision, double recall) {

	/** The project's targets: precision 0.95 and recall 0.90. */
	public static final QualityTargets STANDARD = new QualityTargets(0.95, 0.90);

	/**
	 * @param score a field's score
	 * @return whether it reaches both targets
	 */
	public boolean met(FieldScore score) {
		return score.precision() >= precision && score.recall() >= recall;
	}
}
