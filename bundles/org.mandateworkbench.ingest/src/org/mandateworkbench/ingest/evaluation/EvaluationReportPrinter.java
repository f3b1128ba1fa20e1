package org.mandateworkbench.ingest.evaluation;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * Prints an evaluation: one line per field with precision, recall and the counts, whether the
 * targets are met, then the facts that differ per document ({@code +} found but not expected,
 * {@code -} expected but not found).
 */
public final class EvaluationReportPrinter {

	private static final String ROW = "%-18s %9s %9s %6s %6s %6s  %s"; //$NON-NLS-1$

	/**
	 * @param calculator the comparisons
	 * @param targets    the targets to judge the totals by
	 * @param out        where to print
	 */
	public void print(QualityCalculator calculator, QualityTargets targets, PrintStream out) {
		out.println(NLS.bind(Messages.Report_head, calculator.documents().size(),
				String.format(Locale.ROOT, "%.2f / %.2f", targets.precision(), targets.recall()))); //$NON-NLS-1$
		out.println(String.format(Locale.ROOT, ROW, Messages.Report_field, Messages.Report_precision,
				Messages.Report_recall, Messages.Report_truePositives, Messages.Report_falsePositives,
				Messages.Report_falseNegatives, "")); //$NON-NLS-1$
		for (EvaluationField field : EvaluationField.values()) {
			FieldScore score = calculator.total(field);
			out.println(String.format(Locale.ROOT, ROW, field.key(), ratio(score.precision()), ratio(score.recall()),
					score.truePositives(), score.falsePositives(), score.falseNegatives(),
					targets.met(score) ? Messages.Report_met : Messages.Report_below));
		}
		for (DocumentEvaluation document : calculator.documents()) {
			StringBuilder line = new StringBuilder();
			for (EvaluationField field : EvaluationField.values()) {
				Set<String> unexpected = document.unexpected().get(field);
				Set<String> missed = document.missed().get(field);
				if (unexpected.isEmpty() && missed.isEmpty()) {
					continue;
				}
				line.append("\n  ").append(field.key()).append(':'); //$NON-NLS-1$
				unexpected.forEach(fact -> line.append(" +").append(fact)); //$NON-NLS-1$
				missed.forEach(fact -> line.append(" -").append(fact)); //$NON-NLS-1$
			}
			if (!line.isEmpty()) {
				out.println(NLS.bind(Messages.Report_differences, document.file()) + line);
			}
		}
	}

	private static String ratio(double value) {
		return String.format(Locale.ROOT, "%.3f", value); //$NON-NLS-1$
	}
}
