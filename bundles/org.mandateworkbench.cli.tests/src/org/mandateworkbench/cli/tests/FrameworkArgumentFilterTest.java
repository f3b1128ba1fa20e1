package org.mandateworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.cli.internal.FrameworkArgumentFilter;

class FrameworkArgumentFilterTest {

	@Test
	void removesArgumentsEquinoxPassesOnToTheApplication() {
		List<String> raw = List.of("-showlocation", "-refresh", "--workspace", "ws", "-noregistrycache", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"-registryMultiLanguage", "-library", "/opt/launcher.so", "--launcher.GTK_version", "3", "echo", "x"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		assertEquals(List.of("--workspace", "ws", "echo", "x"), FrameworkArgumentFilter.strip(raw)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Test
	void removesTheUsualFrameworkOptionsWithTheirValuesIgnoringCase() {
		List<String> raw = List.of("-os", "linux", "-ws", "gtk", "-arch", "x86_64", "-NL", "zh", "-data", "/tmp/w", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				"-consoleLog", "--help"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("--help"), FrameworkArgumentFilter.strip(raw)); //$NON-NLS-1$
	}

	@Test
	void showLocationTakesATitleOnlyWhenOneFollows() {
		assertEquals(List.of("echo"), FrameworkArgumentFilter.strip(List.of("-showlocation", "My title", "echo"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(List.of("--version"), FrameworkArgumentFilter.strip(List.of("-showlocation", "--version"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void keepsEverythingElseInOrderAndToleratesAMissingValueAtTheEnd() {
		assertEquals(List.of("echo", "-x", "--debug"), FrameworkArgumentFilter.strip(List.of("echo", "-x", "--debug", "-nl"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		assertEquals(List.of(), FrameworkArgumentFilter.strip(List.of()));
	}
}
