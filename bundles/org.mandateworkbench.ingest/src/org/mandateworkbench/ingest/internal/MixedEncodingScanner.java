package org.mandateworkbench.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds where a file that starts in another encoding (GBK, Latin-1 ...) switches to UTF-8, as when two
 * files were pasted together. A line counts as UTF-8 only if it is valid UTF-8 and holds at least the
 * given number of multi-byte characters: a line of GBK Chinese is valid UTF-8 only by rare chance, and
 * the chance shrinks with every character.
 */
public final class MixedEncodingScanner {

	private MixedEncodingScanner() {
	}

	/**
	 * The 1-based number of the first line that is UTF-8 (with at least {@code evidence} multi-byte
	 * characters) and comes after a line that is not valid UTF-8, or 0 if there is none.
	 */
	public static int firstUtf8LineAfterForeignBytes(byte[] bytes, int evidence) {
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer scratch = CharBuffer.allocate(4096);
		boolean foreignSeen = false;
		int line = 1;
		int start = 0;
		while (start < bytes.length) {
			int end = start;
			int leadBytes = 0;
			boolean ascii = true;
			while (end < bytes.length && bytes[end] != '\n') {
				ascii &= bytes[end] >= 0;
				leadBytes += (bytes[end] & 0xC0) == 0xC0 ? 1 : 0;
				end++;
			}
			if (!ascii) {
				boolean valid = isValid(utf8, scratch, bytes, start, end);
				if (!valid) {
					foreignSeen = true;
				} else if (foreignSeen && leadBytes >= evidence) {
					return line;
				}
			}
			line++;
			start = end + 1;
		}
		return 0;
	}

	private static boolean isValid(CharsetDecoder utf8, CharBuffer scratch, byte[] bytes, int start, int end) {
		utf8.reset();
		ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
		CoderResult result;
		do {
			scratch.clear();
			result = utf8.decode(in, scratch, true);
		} while (result.isOverflow());
		return !result.isError();
	}
}
