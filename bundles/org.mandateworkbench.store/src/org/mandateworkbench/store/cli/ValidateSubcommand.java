package org.mandateworkbench.store.cli;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.cli.CommandContext;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.Subcommand;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.model.validation.ValidationProblem;
import org.mandateworkbench.model.validation.WorkspaceValidation;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;
import org.mandateworkbench.store.internal.Messages;
import org.mandateworkbench.store.internal.ModelPartitioning;

/**
 * {@code mwb validate [DIR]}: checks the workspace's model and prints each problem as
 * {@code file:object: severity: message}. Exits 1 when there is an error.
 */
public final class ValidateSubcommand implements Subcommand {

	@Override
	public int run(List<String> arguments, CommandContext context) throws Exception {
		if (arguments.size() > 1) {
			throw new UsageException(Messages.ValidateCommand_takesOneFolder);
		}
		Path folder = arguments.isEmpty()
				? context.workspace().orElse(Workspaces.defaultLocation())
				: context.resolve(arguments.get(0));
		if (Workspaces.isNew(folder)) {
			throw new UsageException(NLS.bind(Messages.WorkspaceCommand_noWorkspace, folder));
		}
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			List<ValidationProblem> problems = WorkspaceValidation.problems(store.root());
			ModelPartitioning partitioning = ModelPartitioning.of(store.root());
			int errors = 0;
			for (ValidationProblem problem : problems) {
				context.out().println(format(problem, fileOf(problem, store, partitioning)));
				if (problem.severity() == ValidationProblem.Severity.ERROR) {
					errors++;
				}
			}
			context.out().println(NLS.bind(Messages.ValidateCommand_summary, errors, problems.size() - errors));
			return errors > 0 ? ExitCodes.USER_ERROR : ExitCodes.OK;
		}
	}

	private static String fileOf(ValidationProblem problem, ModelStore store, ModelPartitioning partitioning) {
		EObject object = problem.objectUriFragment().isEmpty() ? null
				: store.resource().getEObject(problem.objectUriFragment());
		String file = object == null ? ModelPartitioning.WORKSPACE_FILE : partitioning.fileOf(object);
		return Workspace.MODEL_FOLDER + '/' + file;
	}

	private static String format(ValidationProblem problem, String file) {
		String severity = switch (problem.severity()) {
		case ERROR -> Messages.ValidateCommand_error;
		case WARNING -> Messages.ValidateCommand_warning;
		case INFO -> Messages.ValidateCommand_info;
		};
		return file + ':' + problem.objectLabel() + ": " + severity + ": " + problem.message() //$NON-NLS-1$ //$NON-NLS-2$
				+ " [" + problem.ruleId() + ']'; //$NON-NLS-1$
	}
}
