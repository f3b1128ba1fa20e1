package org.mandateworkbench.index.tests.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.mandateworkbench.cli.CommandContext;
import org.mandateworkbench.cli.Subcommand;

/** Runs a subcommand in-process with --workspace set and keeps what it printed on both streams. */
final class CapturedRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final int exitCode;

    private CapturedRun(Subcommand subcommand, Path workspace, String... arguments) throws Exception {
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), workspace.getParent(), Optional.of(workspace));
        exitCode = subcommand.run(List.of(arguments), context);
    }

    static CapturedRun run(Subcommand subcommand, Path workspace, String... arguments) throws Exception {
        return new CapturedRun(subcommand, workspace, arguments);
    }

    int exitCode() {
        return exitCode;
    }

    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
