package org.mandateworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.cli.internal.Invocation;
import org.mandateworkbench.cli.internal.InvocationParser;

class InvocationParserTest {

	@Test
	void readsGlobalOptionsUpToTheCommand() throws UsageException {
		Invocation invocation = InvocationParser
				.parse(List.of("--debug", "--workspace", "w", "import", "--debug", "file.docx")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertTrue(invocation.debug());
		assertFalse(invocation.help());
		assertFalse(invocation.version());
		assertEquals(Optional.of("w"), invocation.workspace()); //$NON-NLS-1$
		assertEquals(Optional.of("import"), invocation.command()); //$NON-NLS-1$
		assertEquals(List.of("--debug", "file.docx"), invocation.commandArguments()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void acceptsWorkspaceWithEqualsSign() throws UsageException {
		assertEquals(Optional.of("/srv/w"), InvocationParser.parse(List.of("--workspace=/srv/w")).workspace()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void doubleDashEndsTheOptions() throws UsageException {
		Invocation invocation = InvocationParser.parse(List.of("--", "--odd-name", "x")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(Optional.of("--odd-name"), invocation.command()); //$NON-NLS-1$
		assertEquals(List.of("x"), invocation.commandArguments()); //$NON-NLS-1$
	}

	@Test
	void onlyOptionsLeaveTheCommandEmpty() throws UsageException {
		Invocation invocation = InvocationParser.parse(List.of("-h", "--version")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(invocation.help());
		assertTrue(invocation.version());
		assertEquals(Optional.empty(), invocation.command());
		assertEquals(List.of(), invocation.commandArguments());
	}

	@Test
	void rejectsUnknownOptionsAndEmptyWorkspace() {
		assertTrue(assertThrows(UsageException.class, () -> InvocationParser.parse(List.of("--verbose", "echo"))) //$NON-NLS-1$ //$NON-NLS-2$
				.getMessage().contains("--verbose")); //$NON-NLS-1$
		assertThrows(UsageException.class, () -> InvocationParser.parse(List.of("--workspace"))); //$NON-NLS-1$
		assertThrows(UsageException.class, () -> InvocationParser.parse(List.of("--workspace", ""))); //$NON-NLS-1$ //$NON-NLS-2$
		assertThrows(UsageException.class, () -> InvocationParser.parse(List.of("--workspace="))); //$NON-NLS-1$
	}
}
