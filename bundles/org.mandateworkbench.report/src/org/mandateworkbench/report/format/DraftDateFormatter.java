package org.mandateworkbench.report.format;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Writes dates and date ranges the way they appear in drafts: "2018 年 2 月 9 日" and "9 February 2018".
 * Ranges name the shared month and year only once ("2017 年 11 月 6 日至 7 日", "6-7 November 2017").
 */
public final class DraftDateFormatter {

	private DraftDateFormatter() {
	}

	/** Formats one date, e.g. "2018 年 2 月 9 日" or "9 February 2018". */
	public static String date(LocalDate date, DraftLanguage language) {
		return switch (language) {
		case ZH -> chineseYear(date) + chineseMonthDay(date);
		case EN -> date.getDayOfMonth() + " " + englishMonth(date) + " " + date.getYear();
		};
	}

	/**
	 * Formats an inclusive range of dates. Equal ends give a single date.
	 *
	 * @throws IllegalArgumentException if {@code last} is before {@code first}
	 */
	public static String range(LocalDate first, LocalDate last, DraftLanguage language) {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("Date range ends before it starts: " + first + " to " + last);
		}
		if (first.equals(last)) {
			return date(first, language);
		}
		boolean sameYear = first.getYear() == last.getYear();
		boolean sameMonth = sameYear && first.getMonth() == last.getMonth();
		return switch (language) {
		case ZH -> chineseRange(first, last, sameYear, sameMonth);
		case EN -> englishRange(first, last, sameYear, sameMonth);
		};
	}

	private static String chineseRange(LocalDate first, LocalDate last, boolean sameYear, boolean sameMonth) {
		String end;
		if (sameMonth) {
			end = last.getDayOfMonth() + " 日";
		} else if (sameYear) {
			end = chineseMonthDay(last);
		} else {
			end = date(last, DraftLanguage.ZH);
		}
		return date(first, DraftLanguage.ZH) + "至 " + end;
	}

	private static String englishRange(LocalDate first, LocalDate last, boolean sameYear, boolean sameMonth) {
		String start;
		if (sameMonth) {
			start = Integer.toString(first.getDayOfMonth());
		} else if (sameYear) {
			start = first.getDayOfMonth() + " " + englishMonth(first);
		} else {
			start = date(first, DraftLanguage.EN);
		}
		return start + "-" + date(last, DraftLanguage.EN);
	}

	// Chinese UN documents set Arabic numerals apart from the characters with a space on each side.
	private static String chineseYear(LocalDate date) {
		return date.getYear() + " 年 ";
	}

	private static String chineseMonthDay(LocalDate date) {
		return date.getMonthValue() + " 月 " + date.getDayOfMonth() + " 日";
	}

	private static String englishMonth(LocalDate date) {
		return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}
}
