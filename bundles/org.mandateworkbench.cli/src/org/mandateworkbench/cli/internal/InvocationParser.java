package org.mandateworkbench.cli.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.cli.UsageException;

/**
 * Reads the global options of mwb up to the first word that is not an option, which names the
 * command; everything after it belongs to the command.
 */
public final class InvocationParser {

	static final String HELP = "--help"; //$NON-NLS-1$
	static final String HELP_SHORT = "-h"; //$NON-NLS-1$
	private static final String VERSION = "--version"; //$NON-NLS-1$
	private static final String DEBUG = "--debug"; //$NON-NLS-1$
	private static final String WORKSPACE = "--workspace"; //$NON-NLS-1$
	private static final String END_OF_OPTIONS = "--"; //$NON-NLS-1$

	private InvocationParser() {
	}

	/**
	 * @param arguments the arguments of mwb, without the framework's own
	 * @return the parsed invocation
	 * @throws UsageException for an unknown option or {@code --workspace} without a value
	 */
	public static Invocation parse(List<String> arguments) throws UsageException {
		boolean help = false;
		boolean version = false;
		boolean debug = false;
		String workspace = null;
		int i = 0;
		while (i < arguments.size() && arguments.get(i).startsWith("-")) { //$NON-NLS-1$
			String option = arguments.get(i++);
			if (option.equals(END_OF_OPTIONS)) {
				break;
			} else if (isHelp(option)) {
				help = true;
			} else if (option.equals(VERSION)) {
				version = true;
			} else if (option.equals(DEBUG)) {
				debug = true;
			} else if (option.equals(WORKSPACE)) {
				if (i == arguments.size() || arguments.get(i).isEmpty()) {
					throw missingWorkspace();
				}
				workspace = arguments.get(i++);
			} else if (option.startsWith(WORKSPACE + '=')) {
				workspace = option.substring(WORKSPACE.length() + 1);
				if (workspace.isEmpty()) {
					throw missingWorkspace();
				}
			} else {
				throw new UsageException(NLS.bind(Messages.UnknownOption, option));
			}
		}
		Optional<String> command = i < arguments.size() ? Optional.of(arguments.get(i++)) : Optional.empty();
		List<String> rest = List.copyOf(arguments.subList(i, arguments.size()));
		return new Invocation(help, version, debug, Optional.ofNullable(workspace), command, rest);
	}

	static boolean isHelp(String argument) {
		return argument.equals(HELP) || argument.equals(HELP_SHORT);
	}

	private static UsageException missingWorkspace() {
		return new UsageException(NLS.bind(Messages.MissingOptionValue, WORKSPACE, Messages.WorkspaceValueName));
	}
}
