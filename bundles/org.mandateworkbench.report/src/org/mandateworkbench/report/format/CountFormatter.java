package org.mandateworkbench.report.format;

/**
 * Writes counts inside sentences. English spells out one to nine and uses figures from 10 on, as
 * United Nations editorial style asks ("three States", "12 States"); Chinese uses figures set apart by
 * spaces followed by a measure word ("3 个国家").
 */
public final class CountFormatter {

	private static final String[] ENGLISH_SMALL = { "zero", "one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine" };

	private CountFormatter() {
	}

	/**
	 * An English count phrase, e.g. {@code english(1, "State", "States")} = "one State".
	 *
	 * @throws IllegalArgumentException if {@code count} is negative
	 */
	public static String english(int count, String singular, String plural) {
		checkCount(count);
		String number = count < ENGLISH_SMALL.length ? ENGLISH_SMALL[count] : Integer.toString(count);
		return number + " " + (count == 1 ? singular : plural);
	}

	/**
	 * A Chinese count phrase, e.g. {@code chinese(3, "个", "国家")} = "3 个国家".
	 *
	 * @throws IllegalArgumentException if {@code count} is negative
	 */
	public static String chinese(int count, String measureWord, String noun) {
		checkCount(count);
		return count + " " + measureWord + noun;
	}

	private static void checkCount(int count) {
		if (count < 0) {
			throw new IllegalArgumentException("A count cannot be negative: " + count);
		}
	}
}
