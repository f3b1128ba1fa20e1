package org.mandateworkbench.ingest.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ordinal, dates and venue of a meeting from one line of a document header, in the forms
 * the first pages use: "2019年5月6日至7日，维也纳", "2019 年 5 月 31 日在维也纳举行的第八次……会议的报告",
 * "Vienna, 6-7 June 2019", "Report on the eighth meeting ... held in Vienna on 31 May 2019".
 * <p>
 * Caveat: a venue is one or two words (a city); longer place names are left out rather than guessed.
 */
public final class MeetingRecognizer {

	private static final String CJK = "[\u4e00-\u9fff]"; //$NON-NLS-1$
	/** "，维也纳" after the date, ending the line. */
	private static final Pattern ZH_VENUE_AFTER = Pattern.compile("^\\s*[\uff0c,]\\s*(" + CJK + "{2,8})\\s*$"); //$NON-NLS-1$ //$NON-NLS-2$
	/** "在维也纳举行", "于维也纳举行" after the date. */
	private static final Pattern ZH_VENUE_HELD = Pattern.compile("^\\s*[\u5728\u4e8e]\\s*(" + CJK + "{2,8}?)\\s*\u4e3e\u884c"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern ZH_ORDINAL = Pattern.compile("\u7b2c\\s*([\\d\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e]{1,4})\\s*[\u6b21\u5c4a]"); //$NON-NLS-1$
	private static final String EN_PLACE = "([A-Z][\\p{L}'-]+(?: [A-Z][\\p{L}'-]+)?)"; //$NON-NLS-1$
	/** "Vienna, " before the date. */
	private static final Pattern EN_VENUE_BEFORE = Pattern.compile(EN_PLACE + ",\\s*$"); //$NON-NLS-1$
	/** ", Vienna" after the date, ending the line. */
	private static final Pattern EN_VENUE_AFTER = Pattern.compile("^\\s*,\\s*" + EN_PLACE + "\\s*$"); //$NON-NLS-1$ //$NON-NLS-2$
	/** "held in Vienna", "in Vienna from". */
	private static final Pattern EN_VENUE_HELD = Pattern.compile("\\b(?:held|convened|meeting)\\s+(?:at|in)\\s+" + EN_PLACE + "(?=\\s+(?:on|from|in)\\b|\\s*[,.]|\\s*$)"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final List<String> EN_ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final Pattern EN_ORDINAL = Pattern.compile("(?i)\\b(" + String.join("|", EN_ORDINALS) //$NON-NLS-1$ //$NON-NLS-2$
			+ "|\\d{1,2}(?:st|nd|rd|th))\\s+(?:meeting|session)\\b"); //$NON-NLS-1$

	private final DateRecognizer dates = new DateRecognizer();

	/**
	 * @param line one line of a header, such as the meeting line or a report's title
	 * @return what the line says; {@link MeetingDetails#isEmpty()} when nothing
	 */
	public MeetingDetails recognize(String line) {
		List<DateMention> found = dates.recognize(line);
		Optional<DateMention> date = found.stream().findFirst();
		String before = date.map(d -> line.substring(0, d.start())).orElse(line);
		String after = date.map(d -> line.substring(d.end())).orElse(""); //$NON-NLS-1$
		Optional<String> venue = first(ZH_VENUE_AFTER, after).or(() -> first(ZH_VENUE_HELD, after))
				.or(() -> date.isPresent() ? first(EN_VENUE_BEFORE, before) : Optional.empty())
				.or(() -> first(EN_VENUE_AFTER, after)).or(() -> first(EN_VENUE_HELD, line));
		return new MeetingDetails(ordinal(line), date.map(DateMention::from), date.map(DateMention::to), venue);
	}

	private static int ordinal(String line) {
		Matcher zh = ZH_ORDINAL.matcher(line);
		if (zh.find()) {
			return Math.max(0, ChineseNumerals.parse(zh.group(1)));
		}
		Matcher en = EN_ORDINAL.matcher(line);
		if (en.find()) {
			String word = en.group(1).toLowerCase(Locale.ROOT);
			int index = EN_ORDINALS.indexOf(word);
			return index >= 0 ? index + 1 : Integer.parseInt(word.replaceAll("\\D", "")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return 0;
	}

	private static Optional<String> first(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		return m.find() ? Optional.of(m.group(1)) : Optional.empty();
	}
}
