package org.mandateworkbench.ingest.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds notes verbales with their dates ("2018 年 2 月 9 日的普通照会", "note verbale dated 9 February
 * 2018"), reminders ("提醒", "催复照会", "reminder"), and reply counts ("截至 2018 年 3 月 15 日，有 13 个缔约国作出答复", "as at 15 March
 * 2018, 13 States had replied").
 */
public final class NoteVerbaleRecognizer {

	private static final Pattern NOTE_AFTER_DATE = Pattern.compile("[^\uff0c\u3002\uff1b;.\n]{0,40}?(\u666e\u901a\u7167\u4f1a|\u50ac\u590d|\u7167\u4f1a|\u63d0\u9192|notes? verbales?|reminders?)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	/** "note verbale dated", "reminder of", "note verbale sent to all States parties on": the note's own date follows. */
	private static final Pattern NOTE_BEFORE_DATE = Pattern.compile("(?i)((?:reminder\\s+)?notes? verbales?|reminders?)(?:\\s+(?:sent|issued|addressed|circulated))?(?:\\s+to\\s[^.;:\\n]{1,50}?)?\\s+(?:dated|of|on)\\s*$"); //$NON-NLS-1$
	private static final Pattern ZH_REPLIES = Pattern.compile("\\s*[\uff0c,]?\\s*(?:\u5171|\u5df2)?\\s*(?:\u6709)?\\s*(\\d{1,3})\\s*\u4e2a\\s*(?:\u7f14\u7ea6\u56fd|\u4f1a\u5458\u56fd|\u56fd\u5bb6)[^\u3002]{0,20}?(?:\u7b54\u590d|\u56de\u590d|\u63d0\u4ea4)"); //$NON-NLS-1$
	private static final Pattern EN_REPLIES = Pattern.compile("\\s*,?\\s*(\\d{1,3})\\s+(?:States(?: parties)?|Member States|countries)\\s+had\\s+(?:replied|responded|submitted)"); //$NON-NLS-1$
	private static final Pattern ZH_AS_AT = Pattern.compile("\u622a\u81f3\\s*$"); //$NON-NLS-1$
	private static final Pattern EN_AS_AT = Pattern.compile("(?i)as (?:at|of)\\s+$"); //$NON-NLS-1$
	private static final Pattern REMINDER = Pattern.compile("(?i)\u63d0\u9192|\u50ac\u590d|reminder"); //$NON-NLS-1$
	private static final int LOOKBACK = 30;
	private static final int NOTE_LOOKBACK = 90;

	private final DateRecognizer dates = new DateRecognizer();

	/**
	 * @param text any text
	 * @return the notes verbales and reminders in text order
	 */
	public List<NoteVerbaleMention> notes(String text) {
		List<NoteVerbaleMention> found = new ArrayList<>();
		for (DateMention date : dates.recognize(text)) {
			Matcher after = NOTE_AFTER_DATE.matcher(text).region(date.end(), text.length());
			Matcher before = NOTE_BEFORE_DATE.matcher(text).region(Math.max(0, date.start() - NOTE_LOOKBACK), date.start());
			int start;
			int end;
			String word;
			// "note verbale dated <date>" names its own date; a later word may belong to the next date.
			if (before.find()) {
				start = before.start();
				end = date.end();
				word = before.group(1);
			} else if (after.lookingAt()) {
				start = date.start();
				end = after.end();
				word = after.group(1);
			} else {
				continue;
			}
			boolean reminder = REMINDER.matcher(word).find();
			List<String> topics = TopicRecognizer.topics(TextSpans.sentence(text, start, end));
			found.add(new NoteVerbaleMention(start, end, date.from(), reminder, topics));
			// A note is sent on one day: two days before "notes verbales" are two notes ("dated 17 January
			// and 8 May 2017", "2017 年 1 月 17 日和 5 月 8 日的普通照会").
			if (!date.to().equals(date.from())) {
				found.add(new NoteVerbaleMention(start, end, date.to(), reminder, topics));
			}
		}
		return found;
	}

	/**
	 * @param text any text
	 * @return the reply counts in text order
	 */
	public List<ReplyCount> replyCounts(String text) {
		List<ReplyCount> found = new ArrayList<>();
		for (DateMention date : dates.recognize(text)) {
			int from = Math.max(0, date.start() - LOOKBACK);
			Matcher zhAsAt = ZH_AS_AT.matcher(text).region(from, date.start());
			Matcher enAsAt = EN_AS_AT.matcher(text).region(from, date.start());
			Matcher replies = null;
			int start = date.start();
			if (zhAsAt.find()) {
				start = zhAsAt.start();
				replies = ZH_REPLIES.matcher(text).region(date.end(), text.length());
			} else if (enAsAt.find()) {
				start = enAsAt.start();
				replies = EN_REPLIES.matcher(text).region(date.end(), text.length());
			}
			if (replies != null && replies.lookingAt()) {
				found.add(new ReplyCount(start, replies.end(), date.to(), Integer.parseInt(replies.group(1))));
			}
		}
		return found;
	}
}
