package org.mandateworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ui.internal.table.OneLineText;

class OneLineTextTest {

	@Test
	void collapsesRunsOfSpacesTabsAndLineBreaks() {
		assertEquals("a b c", OneLineText.of("a b c")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("a b c", OneLineText.of("a  b\n\tc")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("a b", OneLineText.of("\r\n a \t b \n")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("", OneLineText.of(" \n ")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("\u7f14\u7ea6\u56fd \u79d8\u4e66\u5904", OneLineText.of("\u7f14\u7ea6\u56fd\n\n\u79d8\u4e66\u5904")); //$NON-NLS-1$ //$NON-NLS-2$
		// a no-break space is no \s: kept, like the regular expression keeps it
		assertEquals("a\u00a0 b", OneLineText.of("a\u00a0 \tb")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void seededRandomTextsEqualTheRegularExpression() {
		Random random = new Random(11);
		String alphabet = "ab \t\n\r\u000B\f\u00a0\u2003\u79d8"; //$NON-NLS-1$
		for (int round = 0; round < 5_000; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(12); i > 0; i--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String expected = text.toString().replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(expected, OneLineText.of(text.toString()), () -> text.toString().chars().mapToObj(Integer::toHexString).toList().toString());
		}
	}
}
