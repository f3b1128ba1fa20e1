package org.mandateworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Subcommand} may use of its surroundings.
 *
 * @param out              standard output, for the results of the subcommand
 * @param err              standard error, for progress and warnings
 * @param currentDirectory the absolute directory relative paths of the user are resolved against
 * @param workspace        the absolute workspace folder given with {@code --workspace DIR}, or empty
 *                         when none was given; it need not exist yet
 */
public record CommandContext(PrintStream out, PrintStream err, Path currentDirectory, Optional<Path> workspace) {

	/** Checks that nothing is null and that the paths are absolute. */
	public CommandContext {
		Objects.requireNonNull(out, "out"); //$NON-NLS-1$
		Objects.requireNonNull(err, "err"); //$NON-NLS-1$
		Objects.requireNonNull(workspace, "workspace"); //$NON-NLS-1$
		if (!currentDirectory.isAbsolute()) {
			throw new IllegalArgumentException("currentDirectory must be absolute: " + currentDirectory); //$NON-NLS-1$
		}
		if (workspace.isPresent() && !workspace.get().isAbsolute()) {
			throw new IllegalArgumentException("workspace must be absolute: " + workspace.get()); //$NON-NLS-1$
		}
	}

	/**
	 * Resolves a path the user typed against the current directory.
	 *
	 * @param userPath a path as typed, absolute or relative
	 * @return the absolute, normalized path
	 */
	public Path resolve(String userPath) {
		return currentDirectory.resolve(userPath).normalize();
	}
}
