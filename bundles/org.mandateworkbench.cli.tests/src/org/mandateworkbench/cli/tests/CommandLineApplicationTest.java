package org.mandateworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.cli.ExitCodes;

/**
 * Starts mwb the way Equinox does: the application extension is looked up in the registry, its run
 * class instantiated and started with the raw application arguments.
 */
class CommandLineApplicationTest {

	private static final String APPLICATION_ID = "org.mandateworkbench.cli.application"; //$NON-NLS-1$

	private String out;
	private String err;

	@Test
	void applicationIsRegisteredAsHeadlessSingleton() {
		IConfigurationElement application = applicationElement();
		assertEquals("singleton-global", application.getAttribute("cardinality")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("main", application.getAttribute("thread")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void returnsTheExitCodeOfASuccessfulSubcommandAsInteger() throws Exception {
		FakeApplicationContext context = new FakeApplicationContext("echo", "Geneva"); //$NON-NLS-1$ //$NON-NLS-2$
		Object result = start(context);
		assertEquals(Integer.valueOf(ExitCodes.OK), result);
		assertEquals("Geneva", out.strip()); //$NON-NLS-1$
		assertTrue(context.running);
	}

	@Test
	void ignoresFrameworkArgumentsAndReturnsOneForAnUnknownCommand() throws Exception {
		Object result = start(new FakeApplicationContext("-showlocation", "-refresh", "ehco", "-nl", "zh")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(Integer.valueOf(ExitCodes.USER_ERROR), result);
		assertTrue(err.contains("\"ehco\"") && err.contains("\"echo\""), err); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void returnsTwoForAnUnexpectedException() throws Exception {
		assertEquals(Integer.valueOf(ExitCodes.INTERNAL_ERROR), start(new FakeApplicationContext("explode"))); //$NON-NLS-1$
		assertEquals(1, err.lines().count(), err);
	}

	private Object start(FakeApplicationContext context) throws Exception {
		IApplication application = (IApplication) applicationElement().getChildren("run")[0] //$NON-NLS-1$
				.createExecutableExtension("class"); //$NON-NLS-1$
		PrintStream originalOut = System.out;
		PrintStream originalErr = System.err;
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
			return application.start(context);
		} finally {
			System.setOut(originalOut);
			System.setErr(originalErr);
			out = outBytes.toString(StandardCharsets.UTF_8);
			err = errBytes.toString(StandardCharsets.UTF_8);
		}
	}

	private static IConfigurationElement applicationElement() {
		IExtension extension = Platform.getExtensionRegistry().getExtension(Platform.PI_RUNTIME,
				Platform.PT_APPLICATIONS, APPLICATION_ID);
		assertNotNull(extension, "no application " + APPLICATION_ID + " in the registry"); //$NON-NLS-1$ //$NON-NLS-2$
		IConfigurationElement[] elements = extension.getConfigurationElements();
		assertEquals(1, elements.length);
		return elements[0];
	}
}
