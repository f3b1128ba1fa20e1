package org.mandateworkbench.report.tests.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mandateworkbench.report.format.DraftLanguage.EN;
import static org.mandateworkbench.report.format.DraftLanguage.ZH;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandateworkbench.report.format.HeadingNumerals;

class HeadingNumeralsTest {

	@Test
	void numbersFirstElevenHeadingsInBothLanguages() {
		String[] chinese = { "一.", "二.", "三.", "四.", "五.", "六.", "七.", "八.", "九.", "十.", "十一." };
		String[] roman = { "I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII.", "IX.", "X.", "XI." };
		for (int n = 1; n <= 11; n++) {
			assertEquals(chinese[n - 1], HeadingNumerals.heading(n, ZH));
			assertEquals(roman[n - 1], HeadingNumerals.heading(n, EN));
		}
	}

	@ParameterizedTest
	@CsvSource({ "10,十", "19,十九", "20,二十", "21,二十一", "99,九十九", "100,一百", "101,一百零一", "110,一百一十",
			"111,一百一十一", "1000,一千", "1001,一千零一", "1010,一千零一十", "2024,二千零二十四", "9999,九千九百九十九" })
	void writesChineseNumeralsWithZerosAndTens(int number, String expected) {
		assertEquals(expected, HeadingNumerals.chinese(number));
	}

	@ParameterizedTest
	@CsvSource({ "4,IV", "9,IX", "14,XIV", "40,XL", "49,XLIX", "90,XC", "400,CD", "1994,MCMXCIV", "3999,MMMCMXCIX" })
	void writesRomanNumeralsWithSubtractivePairs(int number, String expected) {
		assertEquals(expected, HeadingNumerals.roman(number));
	}

	@Test
	void rejectsNumbersOutsideRange() {
		assertThrows(IllegalArgumentException.class, () -> HeadingNumerals.roman(0));
		assertThrows(IllegalArgumentException.class, () -> HeadingNumerals.roman(4000));
		assertThrows(IllegalArgumentException.class, () -> HeadingNumerals.chinese(0));
		assertThrows(IllegalArgumentException.class, () -> HeadingNumerals.chinese(10000));
	}

	@Test
	void romanNumeralsAreDistinctAndUseOnlyRomanLettersForRandomNumbers() {
		long seed = 20180209L;
		Random random = new Random(seed);
		Set<String> seen = new HashSet<>();
		Set<Integer> numbers = new HashSet<>();
		for (int i = 0; i < 500; i++) {
			int n = 1 + random.nextInt(HeadingNumerals.MAX_ROMAN);
			String roman = HeadingNumerals.roman(n);
			assertEquals(n, parseRoman(roman), "seed " + seed + ", number " + n);
			if (numbers.add(n)) {
				seen.add(roman);
			}
			String chinese = HeadingNumerals.chinese(n);
			assertEquals(n, parseChinese(chinese), "seed " + seed + ", number " + n + " written " + chinese);
		}
		assertEquals(numbers.size(), seen.size());
	}

	private static int parseRoman(String roman) {
		String symbols = "IVXLCDM";
		int[] values = { 1, 5, 10, 50, 100, 500, 1000 };
		int total = 0;
		for (int i = 0; i < roman.length(); i++) {
			int value = values[symbols.indexOf(roman.charAt(i))];
			boolean subtract = i + 1 < roman.length() && value < values[symbols.indexOf(roman.charAt(i + 1))];
			total += subtract ? -value : value;
		}
		return total;
	}

	private static int parseChinese(String chinese) {
		String digits = "零一二三四五六七八九";
		int total = 0;
		int pending = 0;
		for (char c : chinese.toCharArray()) {
			int digit = digits.indexOf(c);
			if (digit >= 0) {
				pending = digit;
				continue;
			}
			int unit = switch (c) {
			case '十' -> 10;
			case '百' -> 100;
			case '千' -> 1000;
			default -> throw new AssertionError("unexpected character " + c + " in " + chinese);
			};
			total += (pending == 0 && unit == 10 ? 1 : pending) * unit;
			pending = 0;
		}
		return total + pending;
	}
}
