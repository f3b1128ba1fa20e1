package org.mandateworkbench.ingest.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citations of resolutions, decisions and paragraphs in Chinese and English: "第 7/1 号决议",
 * "大会第 71/208 号决议第 3 段", "第 27 段", "resolution 7/1", "General Assembly resolution 71/208",
 * "paragraph 27 of resolution 7/1", "decision 5/1".
 * <p>
 * Lists name each number once: "第 3/3、第 4/4 和第 5/3 号决议", "resolutions 3/3, 4/4 and 5/3"; the
 * body named before a list applies to all its numbers, a paragraph after it to the last. Numbers are
 * session/number ("7/1", "71/208A"), year/number (ECOSOC "2019/23") or Security Council
 * number (year) ("2462 (2019)"); the symbols A/RES/71/208 and S/RES/2462 (2019) are read as General
 * Assembly and Security Council resolutions.
 */
public final class ResolutionReferenceRecognizer {

	private static final String ZH_BODIES = "\u5927\u4f1a|\u5b89\u5168\u7406\u4e8b\u4f1a|\u5b89\u7406\u4f1a|\u7ecf\u6d4e\u53ca\u793e\u4f1a\u7406\u4e8b\u4f1a|\u4eba\u6743\u7406\u4e8b\u4f1a"; //$NON-NLS-1$
	private static final String EN_BODIES = "General Assembly|Security Council|Economic and Social Council|Human Rights Council"; //$NON-NLS-1$
	private static final String NUMBER_TEXT = "\\d{3,4}\\s*[(\uff08]\\d{4}[)\uff09]|\\d{1,4}/\\d{1,4}[A-Z]?(?![\\d/])"; //$NON-NLS-1$
	private static final Pattern NUMBER = Pattern.compile(NUMBER_TEXT);
	private static final Pattern CHINESE = Pattern.compile("(?:(" + ZH_BODIES + ")\\s*)?\u7b2c\\s*((?:" + NUMBER_TEXT //$NON-NLS-1$ //$NON-NLS-2$
			+ ")(?:\\s*[\u3001\uff0c,\u548c\u53ca]\\s*(?:\u7b2c\\s*)?(?:" + NUMBER_TEXT + "))*)\\s*\u53f7\\s*(\u51b3\u8bae|\u51b3\u5b9a)" //$NON-NLS-1$ //$NON-NLS-2$
			+ "(?:\\s*\u7b2c\\s*(\\d{1,3})\\s*\u6bb5)?"); //$NON-NLS-1$
	private static final Pattern CHINESE_PARAGRAPH = Pattern.compile("\u7b2c\\s*(\\d{1,3})\\s*\u6bb5"); //$NON-NLS-1$
	private static final Pattern ENGLISH = Pattern.compile("(?:(?:paragraph|para\\.)\\s+(\\d{1,3})\\s+of\\s+(?:its\\s+|the\\s+)?)?(?:(" + EN_BODIES //$NON-NLS-1$
			+ ")\\s+)?(resolutions?|decisions?)\\s+((?:" + NUMBER_TEXT + ")(?:\\s*(?:,\\s*and|,|and)\\s+(?:" + NUMBER_TEXT //$NON-NLS-1$ //$NON-NLS-2$
			+ "))*)(?:,\\s*(?:paragraph|para\\.)\\s*(\\d{1,3}))?", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	private static final Pattern RESOLUTION_SYMBOL = Pattern.compile("(?<![A-Za-z/])(A|S)/RES/(\\d{1,3}/\\d{1,4}[A-Z]?|\\d{3,4}\\s*\\(\\d{4}\\))"); //$NON-NLS-1$
	private static final Pattern AFTER_ARTICLE = Pattern.compile("(?i)articles?\\s+\\d{1,3},?\\s*$"); //$NON-NLS-1$
	private static final int ARTICLE_LOOKBACK = 16;
	private static final Pattern ENGLISH_PARAGRAPH = Pattern.compile("(?<![\\w])paragraphs?\\s+(\\d{1,3})(?![\\d/])", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	/**
	 * @param text any text
	 * @return the citations in text order, a paragraph inside a resolution citation not repeated
	 */
	public List<ResolutionReference> recognize(CharSequence text) {
		List<ResolutionReference> found = new ArrayList<>();
		Matcher zh = CHINESE.matcher(text);
		while (zh.find()) {
			addList(text, zh, 2, kind(zh.group(3)), body(zh.group(1)), zh.group(4), found);
		}
		Matcher en = ENGLISH.matcher(text);
		while (en.find()) {
			String paragraph = en.group(1) != null ? en.group(1) : en.group(5);
			addList(text, en, 4, kind(en.group(3)), body(en.group(2)), paragraph, found);
		}
		Matcher symbol = RESOLUTION_SYMBOL.matcher(text);
		while (symbol.find()) {
			found.add(new ResolutionReference(symbol.start(), symbol.end(), ResolutionReference.Kind.RESOLUTION,
					symbol.group(1).equals("A") ? "GA" : "SC", number(symbol.group(2)), 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		addParagraphs(text, CHINESE_PARAGRAPH.matcher(text), found);
		addParagraphs(text, ENGLISH_PARAGRAPH.matcher(text), found);
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
	}

	/**
	 * Adds one citation per number of the list in {@code group}: the first starts where the match
	 * starts, the last ends where it ends and carries the paragraph.
	 */
	private static void addList(CharSequence text, Matcher match, int group, ResolutionReference.Kind kind, String body,
			String paragraph, List<ResolutionReference> found) {
		Matcher number = NUMBER.matcher(text).region(match.start(group), match.end(group));
		List<int[]> spans = new ArrayList<>();
		while (number.find()) {
			spans.add(new int[] { number.start(), number.end() });
		}
		for (int i = 0; i < spans.size(); i++) {
			boolean last = i == spans.size() - 1;
			int start = i == 0 ? match.start() : spans.get(i)[0];
			int end = last ? match.end() : spans.get(i)[1];
			String value = number(text.subSequence(spans.get(i)[0], spans.get(i)[1]).toString());
			found.add(new ResolutionReference(start, end, kind, body, value,
					last && paragraph != null ? Integer.parseInt(paragraph) : 0));
		}
	}

	/** "2462(2019)" and "2462（2019）" as "2462 (2019)"; other numbers as they are. */
	private static String number(String written) {
		String ascii = written.replace('\uff08', '(').replace('\uff09', ')');
		int open = ascii.indexOf('(');
		return open < 0 ? ascii : ascii.substring(0, open).strip() + " " + ascii.substring(open); //$NON-NLS-1$
	}

	/** Adds bare paragraph citations, except those inside a resolution citation or of an article. */
	private static void addParagraphs(CharSequence text, Matcher matcher, List<ResolutionReference> found) {
		List<ResolutionReference> paragraphs = new ArrayList<>();
		// Matches come in text order, so one pass over the citations sorted by start finds those covering each
		// (checking every citation for every match made large documents quadratic).
		List<ResolutionReference> byStart = new ArrayList<>(found);
		byStart.sort(Comparator.comparingInt(ResolutionReference::start));
		int next = 0;
		int coveredUntil = -1;
		while (matcher.find()) {
			int start = matcher.start();
			while (next < byStart.size() && byStart.get(next).start() <= start) {
				coveredUntil = Math.max(coveredUntil, byStart.get(next).end());
				next++;
			}
			boolean inside = start < coveredUntil;
			boolean ofArticle = AFTER_ARTICLE.matcher(text.subSequence(Math.max(0, start - ARTICLE_LOOKBACK), start)).find();
			if (!inside && !ofArticle) {
				paragraphs.add(new ResolutionReference(start, matcher.end(), ResolutionReference.Kind.PARAGRAPH, "", "", //$NON-NLS-1$ //$NON-NLS-2$
						Integer.parseInt(matcher.group(1))));
			}
		}
		found.addAll(paragraphs);
	}

	private static ResolutionReference.Kind kind(String word) {
		return word.equals("\u51b3\u5b9a") || word.toLowerCase(Locale.ROOT).startsWith("decision") //$NON-NLS-1$ //$NON-NLS-2$
				? ResolutionReference.Kind.DECISION
				: ResolutionReference.Kind.RESOLUTION;
	}

	private static String body(String name) {
		if (name == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (name.toLowerCase(Locale.ROOT)) {
		case "\u5927\u4f1a", "general assembly" -> "GA"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "\u5b89\u5168\u7406\u4e8b\u4f1a", "\u5b89\u7406\u4f1a", "security council" -> "SC"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		case "\u7ecf\u6d4e\u53ca\u793e\u4f1a\u7406\u4e8b\u4f1a", "economic and social council" -> "ECOSOC"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		default -> "HRC"; //$NON-NLS-1$
		};
	}
}
