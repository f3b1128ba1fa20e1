package org.mandateworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.internal.CommandLineRunner;
import org.mandateworkbench.cli.tests.fixtures.EchoSubcommand;
import org.mandateworkbench.cli.tests.fixtures.ExplodingSubcommand;
import org.osgi.framework.FrameworkUtil;

/** Drives the dispatcher in-process; the runtime runs with -nl en (see pom.xml). */
class CommandLineRunnerTest {

	private static final String ECHO_LINE = "  echo      Prints its words (test fixture)"; //$NON-NLS-1$
	private static final String EXPLODE_LINE = "  explode   Fails with an unexpected exception (test fixture)"; //$NON-NLS-1$

	@Test
	void helpListsContributedSubcommandsSortedWithTranslatedSummary() {
		CliHarness.Result result = CliHarness.run("--help"); //$NON-NLS-1$
		assertEquals(ExitCodes.OK, result.exitCode());
		assertEquals("", result.err()); //$NON-NLS-1$
		List<String> lines = result.out().lines().toList();
		int echo = lines.indexOf(ECHO_LINE);
		int explode = lines.indexOf(EXPLODE_LINE);
		assertTrue(echo > 0, result.out());
		assertEquals(echo + 1, explode, result.out());
		assertTrue(result.out().startsWith("Usage: mwb [--workspace DIR] [--debug] COMMAND"), result.out()); //$NON-NLS-1$
	}

	@Test
	void helpCommandWithoutNamePrintsTheSameOverview() {
		assertEquals(CliHarness.run("--help").out(), CliHarness.run("help").out()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(CliHarness.run("--help").out(), CliHarness.run("-h").out()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void noArgumentsPrintsHelpOnStderrAndExitsOne() {
		CliHarness.Result result = CliHarness.run();
		assertEquals(ExitCodes.USER_ERROR, result.exitCode());
		assertEquals("", result.out()); //$NON-NLS-1$
		assertEquals(CliHarness.run("--help").out(), result.err()); //$NON-NLS-1$
	}

	@Test
	void helpNameAndNameDashHelpPrintTheContributedUsage() {
		String expected = """
				mwb echo - Prints its words (test fixture)

				mwb echo WORD...

				Prints the words on one line. Without words it is a usage error.
				"""; //$NON-NLS-1$
		for (String[] arguments : List.of(new String[] { "help", "echo" }, new String[] { "echo", "--help" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				new String[] { "--help", "echo" }, new String[] { "echo", "-h", "ignored" })) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			CliHarness.Result result = CliHarness.run(arguments);
			assertEquals(ExitCodes.OK, result.exitCode(), String.join(" ", arguments)); //$NON-NLS-1$
			assertEquals(expected, result.out().replace(System.lineSeparator(), "\n"), String.join(" ", arguments)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void helpForUnknownNameExitsOneWithSuggestion() {
		CliHarness.Result result = CliHarness.run("help", "explod"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(ExitCodes.USER_ERROR, result.exitCode());
		assertTrue(result.err().contains("unknown command \"explod\". Did you mean \"explode\"?"), result.err()); //$NON-NLS-1$
	}

	@Test
	void helpWithTwoNamesIsAUsageError() {
		CliHarness.Result result = CliHarness.run("help", "echo", "explode"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(ExitCodes.USER_ERROR, result.exitCode());
		assertTrue(result.err().contains("unexpected: explode"), result.err()); //$NON-NLS-1$
	}

	@Test
	void unknownSubcommandExitsOneNamingItAndTheClosestCommand() {
		CliHarness.Result result = CliHarness.run("ehco", "hello"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(ExitCodes.USER_ERROR, result.exitCode());
		assertEquals("", result.out()); //$NON-NLS-1$
		assertEquals(List.of("mwb: unknown command \"ehco\". Did you mean \"echo\"?", //$NON-NLS-1$
				"Run \"mwb --help\" for the list of commands."), result.err().lines().toList()); //$NON-NLS-1$
	}

	@Test
	void unknownSubcommandFarFromEveryNameGetsNoSuggestion() {
		CliHarness.Result result = CliHarness.run("no-such-command"); //$NON-NLS-1$
		assertEquals(ExitCodes.USER_ERROR, result.exitCode());
		assertTrue(result.err().startsWith("mwb: unknown command \"no-such-command\".\n".replace("\n", System.lineSeparator())), result.err()); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(result.err().contains("Did you mean"), result.err()); //$NON-NLS-1$
		assertTrue(result.err().contains("--help"), result.err()); //$NON-NLS-1$
	}

	@Test
	void unknownOptionAndMissingWorkspaceValueExitOne() {
		CliHarness.Result unknown = CliHarness.run("--frobnicate", "echo", "x"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(ExitCodes.USER_ERROR, unknown.exitCode());
		assertTrue(unknown.err().contains("unknown option \"--frobnicate\""), unknown.err()); //$NON-NLS-1$
		CliHarness.Result missing = CliHarness.run("--workspace"); //$NON-NLS-1$
		assertEquals(ExitCodes.USER_ERROR, missing.exitCode());
		assertTrue(missing.err().contains("--workspace needs a value"), missing.err()); //$NON-NLS-1$
	}

	@Test
	void subcommandReceivesRemainingArgumentsAndOutputStream() {
		CliHarness.Result result = CliHarness.run("echo", "A/HRC/RES/52/1", "--not-a-global-option"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(ExitCodes.OK, result.exitCode());
		assertEquals("A/HRC/RES/52/1 --not-a-global-option", result.out().strip()); //$NON-NLS-1$
		assertEquals("", result.err()); //$NON-NLS-1$
	}

	@Test
	void workspaceIsResolvedAgainstTheCurrentDirectory() {
		CliHarness.Result relative = CliHarness.run("--workspace", "ws/../secretariat", "echo", "x"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals("workspace " + CliHarness.CURRENT_DIRECTORY.resolve("secretariat"), relative.err().strip()); //$NON-NLS-1$ //$NON-NLS-2$
		CliHarness.Result absolute = CliHarness.run("--workspace=/srv/mwb", "echo", "x"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("workspace /srv/mwb", absolute.err().strip()); //$NON-NLS-1$
	}

	@Test
	void usageExceptionExitsOneWithItsMessageOnStderr() {
		CliHarness.Result result = CliHarness.run("echo"); //$NON-NLS-1$
		assertEquals(ExitCodes.USER_ERROR, result.exitCode());
		assertEquals("", result.out()); //$NON-NLS-1$
		assertEquals(List.of("mwb echo: give at least one word", "Run \"mwb help echo\" for its usage."), //$NON-NLS-1$ //$NON-NLS-2$
				result.err().lines().toList());
	}

	@Test
	void unexpectedExceptionExitsTwoWithOneLineAndLogsTheStackTrace() {
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		CliHarness.Result result;
		try {
			result = CliHarness.run("explode", "--input", "A/78/1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} finally {
			Platform.removeLogListener(listener);
		}
		assertEquals(ExitCodes.INTERNAL_ERROR, result.exitCode());
		List<String> lines = result.err().lines().toList();
		assertEquals(1, lines.size(), result.err());
		assertTrue(lines.get(0).startsWith("mwb explode: internal error: IllegalStateException: fixture failure ("), //$NON-NLS-1$
				lines.get(0));
		assertTrue(lines.get(0).contains("--debug"), lines.get(0)); //$NON-NLS-1$
		IStatus entry = logged.stream().filter(status -> status.getException() instanceof IllegalStateException)
				.findFirst().orElseThrow(() -> new AssertionError("nothing logged: " + logged)); //$NON-NLS-1$
		assertEquals(IStatus.ERROR, entry.getSeverity());
		assertTrue(entry.getMessage().contains("\"explode\"") && entry.getMessage().contains("--input A/78/1"), //$NON-NLS-1$ //$NON-NLS-2$
				entry.getMessage());
	}

	@Test
	void debugPrintsTheStackTraceOfAnUnexpectedException() {
		CliHarness.Result result = CliHarness.run("--debug", "explode"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(ExitCodes.INTERNAL_ERROR, result.exitCode());
		assertTrue(result.err().contains("java.lang.IllegalStateException: fixture failure"), result.err()); //$NON-NLS-1$
		assertTrue(result.err().contains("at " + ExplodingSubcommand.class.getName() + ".run("), result.err()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void versionPrintsProductNameAndBundleVersion() {
		CliHarness.Result result = CliHarness.run("--version"); //$NON-NLS-1$
		String version = FrameworkUtil.getBundle(CommandLineRunner.class).getVersion().toString();
		assertEquals(ExitCodes.OK, result.exitCode());
		assertEquals("Mandate Workbench " + version, result.out().strip()); //$NON-NLS-1$
		assertTrue(version.startsWith("0.1.0."), version); //$NON-NLS-1$
	}

	@Test
	void onlyTheChosenSubcommandIsInstantiated() {
		int echoBefore = EchoSubcommand.INSTANCES.get();
		int explodeBefore = ExplodingSubcommand.INSTANCES.get();
		CliHarness.run("--help"); //$NON-NLS-1$
		CliHarness.run("help", "explode"); //$NON-NLS-1$ //$NON-NLS-2$
		CliHarness.run("explode", "--help"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(echoBefore, EchoSubcommand.INSTANCES.get());
		assertEquals(explodeBefore, ExplodingSubcommand.INSTANCES.get());
		CliHarness.run("echo", "x"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(echoBefore + 1, EchoSubcommand.INSTANCES.get());
		assertEquals(explodeBefore, ExplodingSubcommand.INSTANCES.get());
	}
}
