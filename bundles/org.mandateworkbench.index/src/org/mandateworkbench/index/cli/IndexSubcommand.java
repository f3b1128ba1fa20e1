package org.mandateworkbench.index.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.cli.CommandContext;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.Subcommand;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.index.IndexHealth;
import org.mandateworkbench.index.IndexService;

/**
 * {@code mwb index [--rebuild] [DIR]}: brings the search index of a workspace up to date (rebuilding it
 * when asked, or when it is missing, outdated or corrupt, checked with checksums) and prints why it
 * was rebuilt, how many units it holds and how long that took.
 */
public final class IndexSubcommand implements Subcommand {

    private static final String NAME = "index"; //$NON-NLS-1$
    private static final String REBUILD = "--rebuild"; //$NON-NLS-1$

    @Override
    public int run(List<String> arguments, CommandContext context) throws Exception {
        boolean rebuild = false;
        List<String> folders = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals(REBUILD)) {
                rebuild = true;
            } else if (argument.startsWith("-")) { //$NON-NLS-1$
                throw new UsageException(NLS.bind(Messages.Cli_unknownOption, argument, NAME));
            } else {
                folders.add(argument);
            }
        }
        Path folder = OpenedIndex.folder(folders, context);
        long start = System.nanoTime();
        // A check of every index file is affordable here: the user asked for the index explicitly.
        try (OpenedIndex opened = OpenedIndex.open(folder, rebuild, true)) {
            IndexService index = opened.index();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (index.wasRebuilt()) {
                context.out().println(NLS.bind(Messages.Index_rebuilt,
                        new Object[] { index.folder(), index.size(), millis, reason(rebuild, index.health()) }));
            } else {
                context.out().println(NLS.bind(Messages.Index_updated,
                        new Object[] { index.folder(), index.size(), index.changesOnOpen(), millis }));
            }
        }
        return ExitCodes.OK;
    }

    private static String reason(boolean asked, IndexHealth health) {
        if (asked) {
            return Messages.Index_reasonAsked;
        }
        return switch (health) {
        case MISSING -> Messages.Index_reasonMissing;
        case OUTDATED -> Messages.Index_reasonOutdated;
        case CORRUPT, READY -> Messages.Index_reasonCorrupt;
        };
    }
}
