package org.mandateworkbench.index.evaluation;

import java.io.PrintStream;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * Prints an evaluation as a table: per query the rank of the first relevant hit ("-" for none), its
 * precision at 5 and reciprocal rank, and the judged units missing from the top 5; then the means
 * against their floors.
 */
public final class SearchEvaluationPrinter {

    private static final String ROW = "%4s  %4.2f  %4.2f  %s"; //$NON-NLS-1$
    private static final String INDENT = "                  "; //$NON-NLS-1$

    /**
     * @param evaluation the evaluation to print
     * @param out        where to print it
     */
    public void print(SearchEvaluation evaluation, PrintStream out) {
        SearchJudgments judgments = evaluation.judgments();
        out.println(NLS.bind(Messages.Report_head, new Object[] { judgments.queries().size(), judgments.seeds().size(),
                evaluation.units() }));
        out.println(Messages.Report_columns);
        for (QueryRanking ranking : evaluation.rankings()) {
            int rank = ranking.firstRelevantRank();
            out.println(String.format(Locale.ROOT, ROW, rank == 0 ? "-" : Integer.toString(rank), //$NON-NLS-1$
                    ranking.precisionAt5(), ranking.reciprocalRank(), ranking.judged().query()));
            ranking.error().ifPresent(error -> out.println(INDENT + error));
            if (!ranking.missedInTop5().isEmpty() && ranking.precisionAt5() < 1) {
                out.println(INDENT + NLS.bind(Messages.Report_missed, String.join(" ", ranking.missedInTop5()))); //$NON-NLS-1$
            }
        }
        out.println(NLS.bind(Messages.Report_means, new Object[] { format(evaluation.meanPrecisionAt5()),
                format(judgments.precisionAt5Floor()), format(evaluation.meanReciprocalRank()),
                format(judgments.reciprocalRankFloor()) }));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value); //$NON-NLS-1$
    }
}
