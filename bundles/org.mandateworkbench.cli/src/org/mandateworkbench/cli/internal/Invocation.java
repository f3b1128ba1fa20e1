package org.mandateworkbench.cli.internal;

import java.util.List;
import java.util.Optional;

/**
 * One command line split into the global options and the command with its own arguments.
 *
 * @param help             {@code --help} or {@code -h} came before the command
 * @param version          {@code --version} was given
 * @param debug            {@code --debug} was given
 * @param workspace        the value of {@code --workspace}, as typed
 * @param command          the command name, empty when only options were given
 * @param commandArguments everything after the command name
 */
public record Invocation(boolean help, boolean version, boolean debug, Optional<String> workspace,
		Optional<String> command, List<String> commandArguments) {
}
