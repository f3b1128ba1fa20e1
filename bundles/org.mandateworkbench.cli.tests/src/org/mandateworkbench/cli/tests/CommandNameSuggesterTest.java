package org.mandateworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.cli.internal.CommandNameSuggester;

class CommandNameSuggesterTest {

	private static final List<String> NAMES = List.of("export", "import", "index", "report", "search"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	@Test
	void suggestsTheClosestName() {
		assertEquals(Optional.of("import"), CommandNameSuggester.closest("imprt", NAMES)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Optional.of("search"), CommandNameSuggester.closest("serach", NAMES)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Optional.of("index"), CommandNameSuggester.closest("indx", NAMES)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void ignoresCase() {
		assertEquals(Optional.of("report"), CommandNameSuggester.closest("REPORT", NAMES)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void breaksTiesByTheOrderOfTheNames() {
		// "eport" is one edit from both export and report; export comes first.
		assertEquals(Optional.of("export"), CommandNameSuggester.closest("eport", NAMES)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void suggestsNothingWhenEveryNameIsFar() {
		assertEquals(Optional.empty(), CommandNameSuggester.closest("no-such-command", NAMES)); //$NON-NLS-1$
		assertEquals(Optional.empty(), CommandNameSuggester.closest("zzz", NAMES)); //$NON-NLS-1$
		assertEquals(Optional.empty(), CommandNameSuggester.closest("import", List.of())); //$NON-NLS-1$
	}

	@Test
	void allowsMoreEditsForLongNames() {
		List<String> names = List.of("reconcile-responses"); //$NON-NLS-1$
		assertEquals(Optional.of("reconcile-responses"), CommandNameSuggester.closest("reconcil-respnse", names)); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
