package org.mandateworkbench.store.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.cli.CommandContext;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.Subcommand;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.store.DemoWorkspace;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.WorkspaceEntry;
import org.mandateworkbench.store.Workspaces;
import org.mandateworkbench.store.internal.Messages;

/**
 * {@code mwb workspace init DIR [--demo]} creates a workspace; {@code mwb workspace info [DIR]}
 * describes one. Without DIR, info uses --workspace or the default workspace folder.
 */
public final class WorkspaceSubcommand implements Subcommand {

	@Override
	public int run(List<String> arguments, CommandContext context) throws Exception {
		if (arguments.isEmpty()) {
			throw new UsageException(Messages.WorkspaceCommand_missingAction);
		}
		List<String> rest = arguments.subList(1, arguments.size());
		return switch (arguments.get(0)) {
		case "init" -> init(rest, context); //$NON-NLS-1$
		case "info" -> info(rest, context); //$NON-NLS-1$
		default -> throw new UsageException(NLS.bind(Messages.WorkspaceCommand_unknownAction, arguments.get(0)));
		};
	}

	private static int init(List<String> arguments, CommandContext context) throws Exception {
		boolean demo = arguments.contains("--demo"); //$NON-NLS-1$
		List<String> folders = arguments.stream().filter(argument -> !argument.equals("--demo")).toList(); //$NON-NLS-1$
		if (folders.size() != 1 || folders.get(0).startsWith("-")) { //$NON-NLS-1$
			throw new UsageException(Messages.WorkspaceCommand_initNeedsOneFolder);
		}
		Path folder = context.resolve(folders.get(0));
		if (!Workspaces.isNew(folder)) {
			throw new UsageException(NLS.bind(Messages.WorkspaceCommand_notNew, folder));
		}
		if (demo) {
			List<Path> installed = DemoWorkspace.install(folder);
			context.out().println(NLS.bind(Messages.WorkspaceCommand_createdDemo, folder, installed.size()));
		} else {
			try (Workspace created = Workspaces.open(folder)) {
				context.out().println(NLS.bind(Messages.WorkspaceCommand_created, created.root()));
			}
		}
		return ExitCodes.OK;
	}

	private static int info(List<String> arguments, CommandContext context) throws Exception {
		if (arguments.size() > 1) {
			throw new UsageException(Messages.WorkspaceCommand_infoTakesOneFolder);
		}
		Path folder = arguments.isEmpty()
				? context.workspace().orElse(Workspaces.defaultLocation())
				: context.resolve(arguments.get(0));
		if (Workspaces.isNew(folder)) {
			throw new UsageException(NLS.bind(Messages.WorkspaceCommand_noWorkspace, folder));
		}
		try (Workspace workspace = Workspaces.open(folder)) {
			context.out().println(NLS.bind(Messages.WorkspaceCommand_infoFolder, workspace.root()));
			context.out().println(NLS.bind(Messages.WorkspaceCommand_infoVersion, workspace.schemaVersion()));
			context.out().println(NLS.bind(Messages.WorkspaceCommand_infoCreated, workspace.created()));
			for (WorkspaceEntry entry : workspace.entries("")) { //$NON-NLS-1$
				int count = entry.kind() == WorkspaceEntry.Kind.FOLDER ? workspace.entries(entry.relativePath()).size() : 1;
				context.out().println("  " + NLS.bind(Messages.WorkspaceCommand_infoEntry, entry.relativePath(), count)); //$NON-NLS-1$
			}
			workspace.openingNotes().forEach(context.out()::println);
		} catch (IOException e) {
			throw new UsageException(e.getMessage());
		}
		return ExitCodes.OK;
	}
}
