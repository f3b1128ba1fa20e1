package org.mandateworkbench.ingest.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.recognize.ResolutionReference;
import org.mandateworkbench.ingest.recognize.ResolutionReferenceRecognizer;

/**
 * Regressions found with {@code releng/bench/import --large}: inputs far larger than any document must
 * give exact results, and in time linear in their size (the bare-paragraph check used to compare every
 * paragraph with every citation, so 50 MB of English did not finish in minutes).
 */
class LargeInputTest {

	private static final String BLOCK = "See paragraph 3 of resolution 7/1 and paragraph 9; 第 7/1 号决议第 27 段和第 5 段。";
	private static final int BLOCKS = 20_000;

	@Test
	void bareParagraphsAmongManyResolutionCitationsAreAllFound() {
		List<ResolutionReference> found = new ResolutionReferenceRecognizer().recognize(BLOCK.repeat(BLOCKS));
		assertEquals(4 * BLOCKS, found.size());
		for (int block = 0; block < BLOCKS; block++) {
			int offset = block * BLOCK.length();
			List<ResolutionReference> four = found.subList(4 * block, 4 * block + 4);
			assertEquals(List.of(3, 9, 27, 5), four.stream().map(ResolutionReference::paragraph).toList(), "block " + block);
			assertEquals(List.of(ResolutionReference.Kind.RESOLUTION, ResolutionReference.Kind.PARAGRAPH,
					ResolutionReference.Kind.RESOLUTION, ResolutionReference.Kind.PARAGRAPH),
					four.stream().map(ResolutionReference::kind).toList(), "block " + block);
			assertEquals(offset + BLOCK.indexOf("paragraph 9"), four.get(1).start(), "block " + block);
		}
	}
}
