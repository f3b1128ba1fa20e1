package org.mandateworkbench.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Makes the standard streams able to print Chinese. Java encodes them in the console's charset,
 * which is plain ASCII in minimal containers and under LANG=C; there every Chinese message would
 * turn into question marks, so such a stream is replaced by a UTF-8 one writing to the same place.
 */
final class ConsoleStreams {

	private static final char SAMPLE_CHINESE = '\u4e2d';

	private ConsoleStreams() {
	}

	static PrintStream chineseCapable(PrintStream stream) {
		if (stream.charset().newEncoder().canEncode(SAMPLE_CHINESE)) {
			return stream;
		}
		return new PrintStream(stream, true, StandardCharsets.UTF_8);
	}
}
