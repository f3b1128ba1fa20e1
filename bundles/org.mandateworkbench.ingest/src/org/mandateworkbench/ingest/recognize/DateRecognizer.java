package org.mandateworkbench.ingest.recognize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and day ranges: "2018 年 2 月 9 日", "2017年11月6日至7日", "9 February 2018",
 * "6-7 November 2017", "6 to 7 November 2017", "30 November-1 December 2017", "17 January and 8 May
 * 2017" (a mention of both days), "February 9, 2018".
 * Two days joined by "和", "及" or "、" without a new year ("2015年10月27日和28日", "11月2日及3日") are
 * read as a mention of the first and the last day, like "27 and 28 October 2015". Impossible dates
 * (31 February) are skipped. Chinese dates may use full-width digits ("２０１８年２月９日").
 */
public final class DateRecognizer {

	private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"; //$NON-NLS-1$
	private static final Pattern CHINESE = Pattern.compile(
			"(\\d{4})\\s*\u5e74\\s*(\\d{1,2})\\s*\u6708\\s*(\\d{1,2})\\s*\u65e5" //$NON-NLS-1$
					+ "(?:\\s*(?:(?:\u81f3|\u5230|-|\u2013|\u2014)\\s*(?:(\\d{4})\\s*\u5e74\\s*)?|[\u548c\u53ca\u3001]\\s*)(?:(\\d{1,2})\\s*\u6708\\s*)?(\\d{1,2})\\s*\u65e5)?", //$NON-NLS-1$
			Pattern.UNICODE_CHARACTER_CLASS);
	private static final Pattern ENGLISH_ACROSS_MONTHS = Pattern.compile(
			"(?<![\\d/])(\\d{1,2})\\s+(" + MONTHS + ")\\s*(?:-|\u2013|to|and)\\s*(\\d{1,2})\\s+(" + MONTHS + ")\\s+(\\d{4})(?!\\d)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Pattern ENGLISH_MONTH_FIRST = Pattern.compile(
			"(?<![A-Za-z])(" + MONTHS + ")\\s+(\\d{1,2}),\\s*(\\d{4})(?!\\d)"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern ENGLISH = Pattern.compile(
			"(?<![\\d/])(\\d{1,2})(?:\\s*(?:-|\u2013|to|and)\\s*(\\d{1,2}))?\\s+(" + MONTHS + ")\\s+(\\d{4})(?!\\d)"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * @param text any text
	 * @return the dates in text order; never null
	 */
	public List<DateMention> recognize(CharSequence text) {
		List<DateMention> found = new ArrayList<>();
		Matcher zh = CHINESE.matcher(text);
		while (zh.find()) {
			LocalDate from = date(zh.group(1), zh.group(2), zh.group(3));
			if (from == null) {
				continue;
			}
			LocalDate to = from;
			if (zh.group(6) != null) {
				to = date(zh.group(4) == null ? zh.group(1) : zh.group(4), zh.group(5) == null ? zh.group(2) : zh.group(5),
						zh.group(6));
			}
			if (to != null && !to.isBefore(from)) {
				found.add(new DateMention(zh.start(), zh.end(), from, to));
			} else {
				found.add(new DateMention(zh.start(), zh.start() + zh.group(0).indexOf('\u65e5') + 1, from, from));
			}
		}
		Matcher across = ENGLISH_ACROSS_MONTHS.matcher(text);
		List<int[]> acrossSpans = new ArrayList<>();
		while (across.find()) {
			LocalDate first = date(across.group(5), String.valueOf(monthNumber(across.group(2))), across.group(1));
			LocalDate last = date(across.group(5), String.valueOf(monthNumber(across.group(4))), across.group(3));
			if (first != null && last != null && last.isAfter(first)) {
				found.add(new DateMention(across.start(), across.end(), first, last));
				acrossSpans.add(new int[] { across.start(), across.end() });
			}
		}
		Matcher en = ENGLISH.matcher(text);
		while (en.find()) {
			int at = en.start();
			if (acrossSpans.stream().anyMatch(span -> span[0] <= at && at < span[1])) {
				continue;
			}
			String month = String.valueOf(monthNumber(en.group(3)));
			LocalDate last = date(en.group(4), month, en.group(2) == null ? en.group(1) : en.group(2));
			LocalDate first = date(en.group(4), month, en.group(1));
			if (first != null && last != null && !last.isBefore(first)) {
				found.add(new DateMention(en.start(), en.end(), first, last));
			}
		}
		Matcher monthFirst = ENGLISH_MONTH_FIRST.matcher(text);
		while (monthFirst.find()) {
			LocalDate day = date(monthFirst.group(3), String.valueOf(monthNumber(monthFirst.group(1))), monthFirst.group(2));
			if (day != null) {
				found.add(new DateMention(monthFirst.start(), monthFirst.end(), day, day));
			}
		}
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
	}

	private static int monthNumber(String name) {
		String[] months = MONTHS.split("\\|"); //$NON-NLS-1$
		for (int i = 0; i < months.length; i++) {
			if (months[i].equals(name)) {
				return i + 1;
			}
		}
		throw new IllegalStateException(name.toLowerCase(Locale.ROOT));
	}

	private static LocalDate date(String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		} catch (DateTimeException | NumberFormatException e) {
			return null;
		}
	}
}
