package org.mandateworkbench.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.mandateworkbench.cli.internal.CommandLineRunner;

/** Runs mwb in-process over the real extension registry and captures what it prints. */
final class CliHarness {

	/** A made-up absolute directory; the runner only resolves paths against it. */
	static final Path CURRENT_DIRECTORY = Path.of("/home/secretariat/mandates"); //$NON-NLS-1$

	record Result(int exitCode, String out, String err) {
	}

	private CliHarness() {
	}

	static Result run(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode;
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			exitCode = CommandLineRunner.forPlatform().run(List.of(arguments), outStream, errStream, CURRENT_DIRECTORY);
		}
		return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
