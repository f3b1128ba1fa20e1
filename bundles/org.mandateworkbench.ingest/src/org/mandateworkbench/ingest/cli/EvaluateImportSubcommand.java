package org.mandateworkbench.ingest.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.cli.CommandContext;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.PathArguments;
import org.mandateworkbench.cli.Subcommand;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.ingest.evaluation.AnnotationException;
import org.mandateworkbench.ingest.evaluation.AnnotationReader;
import org.mandateworkbench.ingest.evaluation.EvaluationField;
import org.mandateworkbench.ingest.evaluation.EvaluationReportPrinter;
import org.mandateworkbench.ingest.evaluation.ImportEvaluator;
import org.mandateworkbench.ingest.evaluation.Messages;
import org.mandateworkbench.ingest.evaluation.QualityCalculator;
import org.mandateworkbench.ingest.evaluation.QualityTargets;

/**
 * {@code mwb evaluate-import DIR ANNOTATIONS}: imports the annotated documents of DIR (dry run) and
 * prints precision and recall per field against the annotation file. Exits with
 * {@link #BELOW_TARGETS} when a field misses precision 0.95 or recall 0.90, so CI can fail on it.
 */
public final class EvaluateImportSubcommand implements Subcommand {

	/** Exit code when the evaluation ran but a field is below its targets. */
	public static final int BELOW_TARGETS = 3;

	@Override
	public int run(List<String> arguments, CommandContext context) throws Exception {
		List<Path> paths = PathArguments.folderFirst(arguments, 2, context, Messages.EvaluateCommand_unknownOption,
				Messages.EvaluateCommand_usage, Messages.EvaluateCommand_notFolder);
		Path folder = paths.get(0);
		ImportEvaluator evaluator = new ImportEvaluator();
		QualityCalculator calculator;
		try {
			calculator = evaluator.evaluate(folder, new AnnotationReader().read(paths.get(1)));
		} catch (AnnotationException e) {
			throw new UsageException(e.getMessage());
		}
		evaluator.problems().forEach(context.err()::println);
		new EvaluationReportPrinter().print(calculator, QualityTargets.STANDARD, context.out());
		List<EvaluationField> below = calculator.belowTargets(QualityTargets.STANDARD);
		if (!below.isEmpty()) {
			context.err().println(NLS.bind(Messages.EvaluateCommand_belowTargets,
					below.stream().map(EvaluationField::key).collect(Collectors.joining(", ")))); //$NON-NLS-1$
			return BELOW_TARGETS;
		}
		context.out().println(Messages.EvaluateCommand_allMet);
		return evaluator.problems().isEmpty() ? ExitCodes.OK : ExitCodes.USER_ERROR;
	}
}
