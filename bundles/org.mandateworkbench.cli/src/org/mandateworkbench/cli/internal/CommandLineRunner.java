package org.mandateworkbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.cli.CommandContext;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.Subcommand;
import org.mandateworkbench.cli.UsageException;
import org.osgi.framework.FrameworkUtil;

/**
 * Dispatches one mwb command line to the built-in help and version or to a contributed subcommand
 * and turns every outcome into an exit code. Shared by the Eclipse application and the tests, which
 * run it in-process with their own streams.
 */
public final class CommandLineRunner {

	private static final String HELP_COMMAND = SubcommandCatalog.RESERVED_NAME;

	private final SubcommandCatalog catalog;
	private final String version;
	private final ILog log;
	private final HelpPrinter help;

	/**
	 * @param catalog the subcommands to offer
	 * @param version the version shown by {@code --version}
	 * @param log     where internal errors and faulty contributions are logged
	 */
	public CommandLineRunner(SubcommandCatalog catalog, String version, ILog log) {
		this.catalog = catalog;
		this.version = version;
		this.log = log;
		this.help = new HelpPrinter(catalog);
	}

	/** @return a runner over every subcommand in the platform's extension registry */
	public static CommandLineRunner forPlatform() {
		ILog log = ILog.of(CommandLineRunner.class);
		SubcommandCatalog catalog = SubcommandCatalog.load(RegistryFactory.getRegistry(), log::log);
		String version = FrameworkUtil.getBundle(CommandLineRunner.class).getVersion().toString();
		return new CommandLineRunner(catalog, version, log);
	}

	/**
	 * Runs one command line.
	 *
	 * @param arguments        the mwb arguments, without the framework's own
	 * @param out              standard output
	 * @param err              standard error
	 * @param currentDirectory the absolute directory relative paths are resolved against
	 * @return the exit code, see {@link ExitCodes}
	 */
	public int run(List<String> arguments, PrintStream out, PrintStream err, Path currentDirectory) {
		Invocation invocation;
		try {
			invocation = InvocationParser.parse(arguments);
		} catch (UsageException e) {
			err.println(e.getMessage());
			return ExitCodes.USER_ERROR;
		}
		if (invocation.version()) {
			out.println(NLS.bind(Messages.Version, Messages.ProductName, version));
			return ExitCodes.OK;
		}
		if (invocation.command().isEmpty()) {
			help.printOverview(invocation.help() ? out : err);
			return invocation.help() ? ExitCodes.OK : ExitCodes.USER_ERROR;
		}
		String name = invocation.command().get();
		List<String> rest = invocation.commandArguments();
		if (name.equals(HELP_COMMAND)) {
			return runHelp(rest, out, err);
		}
		Optional<SubcommandDescriptor> descriptor = catalog.find(name);
		if (descriptor.isEmpty()) {
			return reportUnknown(name, err);
		}
		if (invocation.help() || !rest.isEmpty() && InvocationParser.isHelp(rest.get(0))) {
			help.printUsage(descriptor.get(), out);
			return ExitCodes.OK;
		}
		Optional<Path> workspace = invocation.workspace().map(folder -> currentDirectory.resolve(folder).normalize());
		CommandContext context = new CommandContext(out, err, currentDirectory, workspace);
		return runSubcommand(descriptor.get(), rest, context, invocation.debug());
	}

	private int runHelp(List<String> rest, PrintStream out, PrintStream err) {
		if (rest.isEmpty()) {
			help.printOverview(out);
			return ExitCodes.OK;
		}
		if (rest.size() > 1) {
			err.println(NLS.bind(Messages.HelpTakesOneName, String.join(" ", rest.subList(1, rest.size())))); //$NON-NLS-1$
			return ExitCodes.USER_ERROR;
		}
		Optional<SubcommandDescriptor> descriptor = catalog.find(rest.get(0));
		if (descriptor.isEmpty()) {
			return reportUnknown(rest.get(0), err);
		}
		help.printUsage(descriptor.get(), out);
		return ExitCodes.OK;
	}

	private int reportUnknown(String name, PrintStream err) {
		Optional<String> suggestion = CommandNameSuggester.closest(name, catalog.names());
		err.println(suggestion.map(closest -> NLS.bind(Messages.UnknownCommandWithSuggestion, name, closest))
				.orElseGet(() -> NLS.bind(Messages.UnknownCommand, name)));
		err.println(Messages.ListCommandsHint);
		return ExitCodes.USER_ERROR;
	}

	private int runSubcommand(SubcommandDescriptor descriptor, List<String> arguments, CommandContext context,
			boolean debug) {
		try {
			Subcommand subcommand = descriptor.create();
			return subcommand.run(arguments, context);
		} catch (UsageException e) {
			context.err().println(NLS.bind(Messages.SubcommandUsageError, descriptor.name(), e.getMessage()));
			context.err().println(NLS.bind(Messages.SubcommandUsageHint, descriptor.name()));
			return ExitCodes.USER_ERROR;
		} catch (Exception | LinkageError e) {
			reportInternalError(descriptor.name(), arguments, e, context.err(), debug);
			return ExitCodes.INTERNAL_ERROR;
		}
	}

	private void reportInternalError(String name, List<String> arguments, Throwable failure, PrintStream err,
			boolean debug) {
		log.error(NLS.bind(Messages.InternalErrorLogEntry, name, String.join(" ", arguments)), failure); //$NON-NLS-1$
		String cause = oneLine(failure);
		Optional<String> logFile = logFile();
		err.println(logFile.map(file -> NLS.bind(Messages.InternalErrorWithLog, new Object[] { name, cause, file }))
				.orElseGet(() -> NLS.bind(Messages.InternalError, name, cause)));
		if (debug) {
			failure.printStackTrace(err);
		}
	}

	private static String oneLine(Throwable failure) {
		String message = failure.getMessage();
		String type = failure.getClass().getSimpleName();
		if (message == null || message.isBlank()) {
			return type;
		}
		return type + ": " + message.strip().lines().findFirst().orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Optional<String> logFile() {
		try {
			return Optional.ofNullable(Platform.getLogFileLocation()).map(Object::toString);
		} catch (IllegalStateException e) {
			// No instance or configuration area, hence no log file to point to.
			return Optional.empty();
		}
	}
}
