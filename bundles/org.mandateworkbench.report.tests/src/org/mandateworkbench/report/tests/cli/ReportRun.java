package org.mandateworkbench.report.tests.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.mandateworkbench.cli.CommandContext;
import org.mandateworkbench.report.cli.ReportSubcommand;

/** Runs {@code mwb --workspace DIR report ...} in-process from a given directory and keeps standard output. */
final class ReportRun {

    private final Path workspace;
    private final Path currentDirectory;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ReportRun(Path workspace, Path currentDirectory) {
        this.workspace = workspace;
        this.currentDirectory = currentDirectory;
    }

    int report(String... arguments) throws Exception {
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), err,
                currentDirectory, Optional.of(workspace));
        return new ReportSubcommand().run(List.of(arguments), context);
    }

    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
