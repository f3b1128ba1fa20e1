package org.mandateworkbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application {@code org.mandateworkbench.cli.application}, i.e. the mwb command.
 * <p>
 * The exit code is returned as an {@link Integer}: Equinox stores the result of the application
 * started with {@code -application} in the system property {@code eclipse.exitcode}, and the
 * launcher's {@code Main} hands that to {@code System.exit}. Hence this class never calls
 * {@code System.exit} itself and the framework still shuts down cleanly.
 */
public final class CommandLineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		context.applicationRunning();
		List<String> arguments = FrameworkArgumentFilter.strip(applicationArguments(context));
		PrintStream out = ConsoleStreams.chineseCapable(System.out);
		PrintStream err = ConsoleStreams.chineseCapable(System.err);
		try {
			int exitCode = CommandLineRunner.forPlatform().run(arguments, out, err, Path.of("").toAbsolutePath()); //$NON-NLS-1$
			return Integer.valueOf(exitCode);
		} finally {
			out.flush();
			err.flush();
		}
	}

	@Override
	public void stop() {
		// A command runs to its end; there is nothing to interrupt.
	}

	private static List<String> applicationArguments(IApplicationContext context) {
		Object arguments = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return arguments instanceof String[] array ? Arrays.asList(array) : List.of();
	}
}
