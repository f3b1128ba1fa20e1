package org.mandateworkbench.cli;

import java.util.List;

/**
 * A subcommand of the headless command line {@code mwb}, contributed through the extension point
 * {@code org.mandateworkbench.cli.subcommands}. The implementing class needs a public no-argument
 * constructor; it is created only when the user runs this subcommand.
 * <p>
 * Implementations write only to the streams of the {@link CommandContext}, never to
 * {@code System.out}, and never call {@code System.exit}: the command line runs in-process in tests.
 */
public interface Subcommand {

	/**
	 * Runs the subcommand.
	 *
	 * @param arguments the arguments after the subcommand name, unmodifiable; a leading
	 *                  {@code --help} never arrives here, mwb answers it with the contributed usage
	 * @param context   the output streams, the current directory and the workspace, if one was given
	 * @return the exit code, normally {@link ExitCodes#OK}
	 * @throws UsageException when the user got the arguments or the input wrong; mwb prints its
	 *                        message and exits with {@link ExitCodes#USER_ERROR}
	 * @throws Exception      for anything unexpected; mwb logs it and exits with
	 *                        {@link ExitCodes#INTERNAL_ERROR}
	 */
	int run(List<String> arguments, CommandContext context) throws Exception;
}
