package org.mandateworkbench.ingest.decode;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The outcome of decoding a plain-text file.
 *
 * @param text       the decoded text without byte order mark; malformed input is replaced by U+FFFD;
 *                   empty when {@code method} is {@link DecodeMethod#NOT_DECODED}
 * @param charset    the charset used (or the one that would have been used, for binary content)
 * @param method     how the charset was chosen
 * @param confidence 0..100; 100 for an override, a byte order mark or valid UTF-8
 * @param problems   problems found, in file order; empty if none
 */
public record DecodeResult(String text, Charset charset, DecodeMethod method, int confidence,
		List<DecodeProblem> problems) {

	/** Copies the problem list so the result stays immutable. */
	public DecodeResult {
		problems = List.copyOf(problems);
	}

	/** Whether any problem is an {@link DecodeProblem.Severity#ERROR}. */
	public boolean hasErrors() {
		return problems.stream().anyMatch(p -> p.severity() == DecodeProblem.Severity.ERROR);
	}
}
