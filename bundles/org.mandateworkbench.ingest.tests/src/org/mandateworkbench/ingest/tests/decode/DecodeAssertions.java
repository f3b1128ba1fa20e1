package org.mandateworkbench.ingest.tests.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;

import org.mandateworkbench.ingest.decode.DecodeMethod;
import org.mandateworkbench.ingest.decode.DecodeProblem;
import org.mandateworkbench.ingest.decode.DecodeResult;

/** Checks shared by the decoder tests. */
final class DecodeAssertions {

	private DecodeAssertions() {
	}

	/** Asserts that nothing was decoded and the first problem names {@code file} and says {@code expected}. */
	static void assertRefused(DecodeResult result, String file, String expected) {
		assertEquals(DecodeMethod.NOT_DECODED, result.method());
		assertTrue(result.hasErrors());
		assertEquals("", result.text());
		DecodeProblem problem = result.problems().get(0);
		assertEquals(file, problem.file());
		assertTrue(problem.message().startsWith(file + ":"), problem.message());
		assertTrue(problem.message().contains(expected), problem.message());
	}

	/** The parts one after the other. */
	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}
}
