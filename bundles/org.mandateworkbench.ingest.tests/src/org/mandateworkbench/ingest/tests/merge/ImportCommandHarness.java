package org.mandateworkbench.ingest.tests.merge;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.mandateworkbench.cli.CommandContext;
import org.mandateworkbench.ingest.cli.ImportSubcommand;

/** Runs {@code mwb import} in-process on a workspace and keeps what the last run printed. */
final class ImportCommandHarness {

	private final Path folder;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** @param folder the current directory file names are resolved against */
	ImportCommandHarness(Path folder) {
		this.folder = folder;
	}

	int run(Path workspace, String... arguments) throws Exception {
		out.reset();
		err.reset();
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), folder, Optional.of(workspace));
		return new ImportSubcommand().run(List.of(arguments), context);
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
