package org.mandateworkbench.ingest.recognize;

/**
 * Reads Chinese numerals up to 9999 ("四十六" = 46, "一百零二" = 102) and ASCII or full-width digits.
 */
public final class ChineseNumerals {

	private static final String DIGITS = "\u96f6\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d"; //$NON-NLS-1$

	private ChineseNumerals() {
	}

	/**
	 * @param text numerals without spaces
	 * @return the value, or -1 when the text is not a number this class reads
	 */
	public static int parse(CharSequence text) {
		if (text == null || text.isEmpty() || text.length() > 12) {
			return -1;
		}
		if (allDigits(text)) {
			int value = 0;
			for (int i = 0; i < text.length(); i++) {
				value = value * 10 + Character.digit(text.charAt(i), 10);
			}
			return value;
		}
		int total = 0;
		int digit = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int d = c == '\u3007' ? 0 : c == '\u4e24' ? 2 : DIGITS.indexOf(c);
			int unit = c == '\u5341' ? 10 : c == '\u767e' ? 100 : c == '\u5343' ? 1000 : 0;
			if (d >= 0) {
				digit = d;
			} else if (unit > 0) {
				total += (digit < 0 ? 1 : digit) * unit;
				digit = -1;
			} else {
				return -1;
			}
		}
		return total + Math.max(digit, 0);
	}

	private static boolean allDigits(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.digit(text.charAt(i), 10) < 0) {
				return false;
			}
		}
		return true;
	}
}
