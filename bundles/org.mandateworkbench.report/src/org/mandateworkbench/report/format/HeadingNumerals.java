package org.mandateworkbench.report.format;

/**
 * Numbers section headings: Chinese numerals in Chinese drafts ("一.", "十一.") and Roman numerals in
 * English drafts ("I.", "XI.").
 */
public final class HeadingNumerals {

	/** The largest number {@link #chinese(int)} can write. */
	public static final int MAX_CHINESE = 9999;
	/** The largest number {@link #roman(int)} can write. */
	public static final int MAX_ROMAN = 3999;

	private static final String[] CHINESE_DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
	private static final String[] CHINESE_UNITS = { "", "十", "百", "千" };
	private static final int[] ROMAN_VALUES = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
	private static final String[] ROMAN_SYMBOLS = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V",
			"IV", "I" };

	private HeadingNumerals() {
	}

	/** The heading label for section {@code number}, numeral followed by a full stop. */
	public static String heading(int number, DraftLanguage language) {
		return (language == DraftLanguage.ZH ? chinese(number) : roman(number)) + ".";
	}

	/**
	 * Writes 1..9999 in Chinese numerals as used for counting: 十一, 二十, 一百零五, 一千零一十.
	 *
	 * @throws IllegalArgumentException outside 1..{@value #MAX_CHINESE}
	 */
	public static String chinese(int number) {
		checkRange(number, MAX_CHINESE);
		StringBuilder text = new StringBuilder();
		String digits = Integer.toString(number);
		boolean pendingZero = false;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(i) - '0';
			int unit = digits.length() - 1 - i;
			if (digit == 0) {
				pendingZero = text.length() > 0;
				continue;
			}
			if (pendingZero) {
				text.append(CHINESE_DIGITS[0]);
				pendingZero = false;
			}
			// 10..19 are written 十, 十一 … rather than 一十, 一十一 when they stand alone.
			boolean leadingTen = unit == 1 && digit == 1 && text.length() == 0;
			if (!leadingTen) {
				text.append(CHINESE_DIGITS[digit]);
			}
			text.append(CHINESE_UNITS[unit]);
		}
		return text.toString();
	}

	/**
	 * Writes 1..3999 in upper-case Roman numerals.
	 *
	 * @throws IllegalArgumentException outside 1..{@value #MAX_ROMAN}
	 */
	public static String roman(int number) {
		checkRange(number, MAX_ROMAN);
		StringBuilder text = new StringBuilder();
		int rest = number;
		for (int i = 0; i < ROMAN_VALUES.length; i++) {
			while (rest >= ROMAN_VALUES[i]) {
				text.append(ROMAN_SYMBOLS[i]);
				rest -= ROMAN_VALUES[i];
			}
		}
		return text.toString();
	}

	private static void checkRange(int number, int max) {
		if (number < 1 || number > max) {
			throw new IllegalArgumentException("Heading number " + number + " is outside 1.." + max);
		}
	}
}
