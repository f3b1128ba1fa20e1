package org.mandateworkbench.index.cli;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.cli.CommandContext;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.PathArguments;
import org.mandateworkbench.cli.Subcommand;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.index.evaluation.JudgmentException;
import org.mandateworkbench.index.evaluation.Messages;
import org.mandateworkbench.index.evaluation.SearchEvaluation;
import org.mandateworkbench.index.evaluation.SearchEvaluationPrinter;
import org.mandateworkbench.index.evaluation.SearchEvaluator;
import org.mandateworkbench.index.evaluation.SearchJudgmentReader;
import org.mandateworkbench.index.evaluation.SearchJudgments;

/**
 * {@code mwb evaluate-search SEEDS_DIR JUDGMENTS}: creates the demo workspace in a temporary folder,
 * imports the seed documents the judgments name, builds the index and ranks the judged queries; prints
 * per query the rank of the first relevant hit, precision at 5 and reciprocal rank, then the means.
 * Exits with {@link #BELOW_FLOORS} when a mean is below the floor the judgments file gives.
 */
public final class EvaluateSearchSubcommand implements Subcommand {

    /** Exit code when the evaluation ran but a mean is below its floor. */
    public static final int BELOW_FLOORS = 3;

    @Override
    public int run(List<String> arguments, CommandContext context) throws Exception {
        List<Path> paths = PathArguments.folderFirst(arguments, 2, context, Messages.EvaluateCommand_unknownOption,
                Messages.EvaluateCommand_usage, Messages.EvaluateCommand_notFolder);
        Path folder = paths.get(0);
        SearchJudgments judgments;
        try {
            judgments = new SearchJudgmentReader().read(paths.get(1));
        } catch (JudgmentException e) {
            throw new UsageException(e.getMessage());
        }
        SearchEvaluation evaluation = new SearchEvaluator().evaluate(folder, judgments);
        evaluation.problems().forEach(context.err()::println);
        new SearchEvaluationPrinter().print(evaluation, context.out());
        List<String> below = evaluation.belowFloors();
        if (!below.isEmpty()) {
            context.err().println(NLS.bind(Messages.EvaluateCommand_belowFloors, String.join(", ", below))); //$NON-NLS-1$
            return BELOW_FLOORS;
        }
        context.out().println(Messages.EvaluateCommand_allMet);
        boolean clean = evaluation.problems().isEmpty()
                && evaluation.rankings().stream().allMatch(r -> r.error().isEmpty());
        return clean ? ExitCodes.OK : ExitCodes.USER_ERROR;
    }
}
