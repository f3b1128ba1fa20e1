package org.mandateworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * The arguments of a subcommand that takes a fixed number of paths and no options, such as
 * {@code evaluate-import DIR ANNOTATIONS}: resolved against the current directory, the first one a
 * folder that must exist.
 */
public final class PathArguments {

	private PathArguments() {
	}

	/**
	 * @param arguments     the arguments as typed
	 * @param count         how many paths the subcommand takes
	 * @param context       the current directory to resolve against
	 * @param unknownOption the message for an argument starting with "-" ({0} is the argument)
	 * @param usage         the message when there are not {@code count} arguments
	 * @param notFolder     the message when the first path is not a folder ({0} is the path)
	 * @return the resolved paths, in order
	 * @throws UsageException with one of the messages
	 */
	public static List<Path> folderFirst(List<String> arguments, int count, CommandContext context, String unknownOption,
			String usage, String notFolder) throws UsageException {
		List<Path> paths = new ArrayList<>();
		for (String argument : arguments) {
			if (argument.startsWith("-")) { //$NON-NLS-1$
				throw new UsageException(NLS.bind(unknownOption, argument));
			}
			paths.add(context.resolve(argument));
		}
		if (paths.size() != count) {
			throw new UsageException(usage);
		}
		if (!Files.isDirectory(paths.get(0))) {
			throw new UsageException(NLS.bind(notFolder, paths.get(0)));
		}
		return paths;
	}
}
