package org.mandateworkbench.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises UTF-16 without a byte order mark: read in the right byte order nearly every code unit is
 * ASCII, Latin, CJK or CJK punctuation; read in the wrong order, Chinese turns into unassigned or
 * unrelated scripts. ASCII read in the wrong order lands in the CJK block too, so among two plausible
 * readings the one with more ASCII wins.
 */
public final class Utf16PatternRecognizer {

	/** Share of plausible code units needed to accept a reading. */
	private static final double THRESHOLD = 0.95;

	private Utf16PatternRecognizer() {
	}

	/** A recognised byte order and how sure the recognition is (0..100). */
	public record Match(Charset charset, int confidence) {
	}

	/** Recognises {@code bytes} as UTF-16LE or UTF-16BE, if either reading is plausible enough. */
	public static Optional<Match> recognise(byte[] bytes) {
		if (bytes.length < 2 || bytes.length % 2 != 0) {
			return Optional.empty();
		}
		Reading little = read(bytes, StandardCharsets.UTF_16LE);
		Reading big = read(bytes, StandardCharsets.UTF_16BE);
		Reading better = little.compareTo(big) >= 0 ? little : big;
		if (better.plausibleShare() < THRESHOLD) {
			return Optional.empty();
		}
		return Optional.of(new Match(better.charset(), (int) Math.round(better.plausibleShare() * 100)));
	}

	private record Reading(Charset charset, double plausibleShare, int ascii) implements Comparable<Reading> {
		@Override
		public int compareTo(Reading other) {
			boolean bothPlausible = plausibleShare >= THRESHOLD && other.plausibleShare >= THRESHOLD;
			return bothPlausible ? Integer.compare(ascii, other.ascii)
					: Double.compare(plausibleShare, other.plausibleShare);
		}
	}

	private static Reading read(byte[] bytes, Charset charset) {
		CharBuffer text;
		try {
			text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
		} catch (CharacterCodingException e) {
			return new Reading(charset, 0, 0);
		}
		int plausible = 0;
		int ascii = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				ascii++;
			}
			if (isPlausible(c)) {
				plausible++;
			}
		}
		return new Reading(charset, (double) plausible / text.length(), ascii);
	}

	// Latin, Greek and Cyrillic letters, the symbol blocks (punctuation, currency such as the euro sign,
	// arrows, mathematical signs), CJK radicals, punctuation, kana, ideographs and their compatibility
	// and full-width forms. Chinese read in the wrong byte order stays far below the threshold.
	private static boolean isPlausible(char c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0x530)
				|| (c >= 0x2000 && c < 0x2C00) || (c >= 0x2E80 && c < 0x2FE0) || (c >= 0x3000 && c < 0x3100)
				|| (c >= 0x3400 && c < 0x4DC0) || (c >= 0x4E00 && c < 0xA000) || (c >= 0xF900 && c < 0xFB00)
				|| (c >= 0xFE30 && c < 0xFE50) || (c >= 0xFF00 && c < 0xFFF0);
	}
}
