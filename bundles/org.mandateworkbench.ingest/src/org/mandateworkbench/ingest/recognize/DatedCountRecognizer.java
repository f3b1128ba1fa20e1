package org.mandateworkbench.ingest.recognize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counts of States stated "as of" a date: after "截至 2018 年 3 月 27 日" or "As at 27 March 2018"
 * and up to the end of the passage given, every "129 个缔约国的司法协助中央机关", "115 个缔约国……提供了关于本国预防机关的信息",
 * "central authorities for extradition of 23 States parties" or "115 States parties had provided
 * information on their preventive bodies" becomes a {@link DatedCount} named by what is counted.
 * <p>
 * Reply counts ("13 个缔约国作出答复", "13 States had replied") are left to
 * {@link NoteVerbaleRecognizer#replyCounts(String)}.
 */
public final class DatedCountRecognizer {

	private static final Pattern AS_OF = Pattern.compile("(?i)(?:\u622a\u81f3|\u622a\u6b62|as (?:at|of))\\s*$"); //$NON-NLS-1$
	private static final String ZH_STATES = "\\s*\u4e2a\\s*(?:\u7f14\u7ea6\u56fd|\u56fd\u5bb6|\u4f1a\u5458\u56fd|\u7f14\u7ea6\u65b9)"; //$NON-NLS-1$
	/** "129 个缔约国的司法协助中央机关；" or "115 个缔约国根据……提供了关于本国预防机关的信息；". */
	private static final Pattern ZH_COUNT = Pattern.compile("(\\d{1,4})" + ZH_STATES + "\\s*([^\uff1b;\u3002\n]{2,80}?)\\s*(?=[\uff1b;\u3002\n]|$)"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern ZH_ABOUT = Pattern.compile("(?:\u5173\u4e8e|\u6709\u5173)(?:\u672c\u56fd|\u5176)?(.{2,40}?)\u7684?(?:\u4fe1\u606f|\u8d44\u6599)"); //$NON-NLS-1$
	private static final Pattern ZH_DESIGNATED = Pattern.compile("\u6307\u5b9a(?:\u4e86)?(?:\u672c\u56fd|\u5176)?(.{2,40})$"); //$NON-NLS-1$
	private static final String EN_STATES = "\\s+(?:States parties|States|countries|Member States|Parties)"; //$NON-NLS-1$
	/** "115 States parties had provided information on their preventive bodies;". */
	private static final Pattern EN_VERB_COUNT = Pattern.compile("(\\d{1,4})" + EN_STATES //$NON-NLS-1$
			+ "\\s+(?:had\\s+|have\\s+)?(?:provided|designated|submitted|notified|registered)\\s+(?:information\\s+(?:on|about)\\s+)?(?:their\\s+|its\\s+)?([^;.\\n]{2,80}?)\\s*(?=[;.\\n]|$)"); //$NON-NLS-1$
	/** "(a) Central authorities for mutual legal assistance of 129 States parties;". */
	private static final Pattern EN_OF_COUNT = Pattern.compile("(?:^|[;:\\n]|\\([a-z]\\))\\s*([A-Z][^;:().]{2,80}?)\\s+(?:of|from|for)\\s+(\\d{1,4})" + EN_STATES + "\\s*(?=[;.,\\n]|$)"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern REPLIES = Pattern.compile("(?i)\u7b54\u590d|\u56de\u590d|repl(?:y|ied|ies)|respon"); //$NON-NLS-1$
	private static final int LOOKBACK = 30;

	private final DateRecognizer dates = new DateRecognizer();

	/**
	 * @param text any text
	 * @param end  where the passage of each "as of" date ends, given the date's end: such as the end
	 *             of its numbered paragraph
	 * @return the counts in text order
	 */
	public List<DatedCount> recognize(String text, java.util.function.IntUnaryOperator end) {
		List<DatedCount> found = new ArrayList<>();
		for (DateMention date : dates.recognize(text)) {
			if (!AS_OF.matcher(text).region(Math.max(0, date.start() - LOOKBACK), date.start()).find()) {
				continue;
			}
			int to = Math.max(date.end(), Math.min(text.length(), end.applyAsInt(date.end())));
			LocalDate asOf = date.to();
			Matcher zh = ZH_COUNT.matcher(text).region(date.end(), to);
			while (zh.find()) {
				add(found, zh.start(), zh.end(), zhName(zh.group(2)), zh.group(1), asOf);
			}
			Matcher verb = EN_VERB_COUNT.matcher(text).region(date.end(), to);
			while (verb.find()) {
				add(found, verb.start(), verb.end(), verb.group(2), verb.group(1), asOf);
			}
			Matcher of = EN_OF_COUNT.matcher(text).region(date.end(), to);
			of.useAnchoringBounds(false);
			while (of.find()) {
				add(found, of.start(1), of.end(), of.group(1), of.group(2), asOf);
			}
		}
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
	}

	/** "的司法协助中央机关" -> "司法协助中央机关"; "根据……提供了关于本国预防机关的信息" -> "预防机关". */
	private static String zhName(String phrase) {
		Matcher about = ZH_ABOUT.matcher(phrase);
		if (about.find()) {
			return about.group(1);
		}
		Matcher designated = ZH_DESIGNATED.matcher(phrase);
		if (designated.find()) {
			return designated.group(1);
		}
		return phrase.startsWith("\u7684") ? phrase.substring(1) : phrase; //$NON-NLS-1$
	}

	private static void add(List<DatedCount> found, int start, int end, String name, String value, LocalDate asOf) {
		String clean = name.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		if (clean.length() < 2 || REPLIES.matcher(clean).find()) {
			return;
		}
		found.add(new DatedCount(start, end, clean, Integer.parseInt(value), asOf));
	}
}
