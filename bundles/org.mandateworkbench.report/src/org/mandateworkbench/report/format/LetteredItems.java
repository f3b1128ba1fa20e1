package org.mandateworkbench.report.format;

/**
 * Labels lettered sub-items the United Nations way: (a) … (z), then (aa), (bb) … (zz), then (aaa).
 * The same labels are used in Chinese and English drafts.
 */
public final class LetteredItems {

	private static final int ALPHABET = 26;

	private LetteredItems() {
	}

	/** The label for item {@code number} (1-based) in parentheses, e.g. "(c)". */
	public static String label(int number) {
		return "(" + letters(number) + ")";
	}

	/**
	 * The letters for item {@code number} (1-based): 1 = a, 26 = z, 27 = aa, 28 = bb, 53 = aaa.
	 *
	 * @throws IllegalArgumentException if {@code number} is below 1
	 */
	public static String letters(int number) {
		if (number < 1) {
			throw new IllegalArgumentException("Item number must be at least 1: " + number);
		}
		char letter = (char) ('a' + (number - 1) % ALPHABET);
		int repeat = (number - 1) / ALPHABET + 1;
		return String.valueOf(letter).repeat(repeat);
	}
}
