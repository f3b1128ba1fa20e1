package org.mandateworkbench.store.tests.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.mandateworkbench.cli.CommandContext;
import org.mandateworkbench.cli.Subcommand;

/** Runs a subcommand in a given current directory and keeps what it printed on standard output. */
final class CapturedRun {

	private final Subcommand subcommand;
	private final Path currentDirectory;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	CapturedRun(Subcommand subcommand, Path currentDirectory) {
		this.subcommand = subcommand;
		this.currentDirectory = currentDirectory;
	}

	int run(String... arguments) throws Exception {
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), currentDirectory,
				Optional.empty());
		return subcommand.run(List.of(arguments), context);
	}

	String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	void clear() {
		out.reset();
	}
}
