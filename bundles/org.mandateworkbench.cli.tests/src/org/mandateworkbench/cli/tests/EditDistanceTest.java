package org.mandateworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.cli.internal.EditDistance;

class EditDistanceTest {

	private static final long SEED = 20261125L;

	@Test
	void countsInsertionsDeletionsAndSubstitutions() {
		assertEquals(3, EditDistance.between("kitten", "sitting")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, EditDistance.between("import", "imprt")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, EditDistance.between("export", "exports")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, EditDistance.between("report", "resort2")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void countsASwapOfNeighboursAsOneEdit() {
		assertEquals(1, EditDistance.between("ehco", "echo")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, EditDistance.between("abcd", "badc")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void neverEditsASubstringTwice() {
		// Unrestricted Damerau distance would be 2 (ca -> ac -> abc); optimal string alignment says 3.
		assertEquals(3, EditDistance.between("ca", "abc")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void handlesEmptyAndChineseText() {
		assertEquals(0, EditDistance.between("", "")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(4, EditDistance.between("", "echo")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(4, EditDistance.between("echo", "")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, EditDistance.between("\u5de5\u4f5c\u53f0", "\u5de5\u4f5c")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void agreesWithABruteForceDefinitionOnRandomShortWords() {
		Random random = new Random(SEED);
		for (int round = 0; round < 2000; round++) {
			String a = randomWord(random);
			String b = randomWord(random);
			int distance = EditDistance.between(a, b);
			String context = "seed " + SEED + " round " + round + ": " + a + " / " + b; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			assertEquals(reference(a, b), distance, context);
			assertEquals(distance, EditDistance.between(b, a), context);
			assertTrue(distance >= Math.abs(a.length() - b.length()), context);
			assertTrue(distance <= Math.max(a.length(), b.length()), context);
			assertEquals(0, EditDistance.between(a, a), context);
		}
	}

	private static String randomWord(Random random) {
		StringBuilder word = new StringBuilder();
		int length = random.nextInt(6);
		for (int i = 0; i < length; i++) {
			word.append((char) ('a' + random.nextInt(3)));
		}
		return word.toString();
	}

	/** The recursive definition of optimal string alignment, written independently of the table. */
	private static int reference(String a, String b) {
		if (a.isEmpty()) {
			return b.length();
		}
		if (b.isEmpty()) {
			return a.length();
		}
		String a1 = a.substring(0, a.length() - 1);
		String b1 = b.substring(0, b.length() - 1);
		char lastA = a.charAt(a.length() - 1);
		char lastB = b.charAt(b.length() - 1);
		int best = Math.min(reference(a1, b) + 1, reference(a, b1) + 1);
		best = Math.min(best, reference(a1, b1) + (lastA == lastB ? 0 : 1));
		if (a.length() > 1 && b.length() > 1 && lastA == b.charAt(b.length() - 2) && a.charAt(a.length() - 2) == lastB) {
			best = Math.min(best, reference(a.substring(0, a.length() - 2), b.substring(0, b.length() - 2)) + 1);
		}
		return best;
	}
}
