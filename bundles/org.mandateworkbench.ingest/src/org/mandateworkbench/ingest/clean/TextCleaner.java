package org.mandateworkbench.ingest.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mandateworkbench.model.symbol.SymbolOccurrence;
import org.mandateworkbench.model.symbol.SymbolRecognizer;

/**
 * Repairs what PDF extraction leaves in the text of UN documents: page and job numbers, running
 * titles, symbols broken across lines, spaces between Chinese characters, footnote numbers glued to
 * words and hyperlink lines repeating a symbol. Every kept character remembers its source offset.
 * <p>
 * Caveat: a footnote marker is recognized only by its shape (a short number right after a word and
 * before a space or punctuation), so a number written without a space after a word is taken as one.
 * Numbers that belong to a document symbol ("L.1/Add.1", "INF/1/Rev.1") or follow an abbreviation
 * such as "para." or "No." are kept.
 */
public final class TextCleaner {

	private static final Pattern JOB_NUMBER = Pattern.compile("V\\.\\d{2}-\\d{4,6}(\\s*\\(\\w\\))?(\\s+.*)?"); //$NON-NLS-1$
	private static final Pattern PAGE_OF_PAGES = Pattern.compile("\\d{1,3}\\s*/\\s*\\d{1,3}"); //$NON-NLS-1$
	private static final Pattern BARE_PAGE = Pattern.compile("[-\u2013]?\\s*\\d{1,3}\\s*[-\u2013]?"); //$NON-NLS-1$
	private static final Pattern LINK_LINE = Pattern.compile("\\(?(https?://)?undocs\\.org/\\S+\\)?"); //$NON-NLS-1$
	private static final Pattern LATIN_MARKER = Pattern.compile("(?<=[a-z][a-z][.,;:)\u201d\"]?)(?<!(?:Rev|Add|Corr|Amend)\\.)(\\d{1,2})(?=[\\s,;.]|$)"); //$NON-NLS-1$
	private static final Pattern CJK_MARKER = Pattern.compile("(?<=[\\p{IsHan}\u201d\u300b)\uff09])(\\d{1,2})(?=[\uff0c\u3002\uff1b\uff1a\u3001])"); //$NON-NLS-1$
	private static final Pattern NUMBERED_ABBREVIATION = Pattern.compile("(?<![A-Za-z])(?:Add|Rev|Corr|Amend|Suppl|Sess|Vol|No|para|paras|art|arts|chap|sect|pp?)\\.$"); //$NON-NLS-1$
	private static final int ABBREVIATION_WINDOW = 8;
	private static final String NUMBER_WORDS = "\u4e3a\u662f\u6709\u5171\u7b2c\u81f3\u548c\u53ca\u5230\u7ea6\u8fbe\u4e8e\u76ee\u8868\u56fe\u4ef6"; //$NON-NLS-1$
	private static final int RUNNING_TITLE_MIN_REPEATS = 3;
	private static final int RUNNING_TITLE_MAX_LENGTH = 80;
	private static final int LINK_LOOKBACK = 4000;
	private static final int WRAP_MIN_LENGTH = 20;
	private static final int WRAP_TOLERANCE = 3;
	private static final double WRAP_SHARE = 0.2;
	private static final String WRAP_OPEN_END = "\uff0c\u3001\uff08\u300a\u201c"; //$NON-NLS-1$
	private static final String WRAP_CONTINUES = "\u300a\u201c\uff08\u300b\u201d\uff09\uff0c\u3001\u3002\uff1b"; //$NON-NLS-1$
	private static final Pattern NEW_BLOCK = Pattern.compile("[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]{1,3}\\s*[\u3001.\uff0e]|\\d{1,3}\\.|\\d{1,2}\\s|[(\uff08][a-z][)\uff09]|\\*|https?:"); //$NON-NLS-1$

	/**
	 * Cleans the text.
	 *
	 * @param source the decoded text, with any line ends
	 * @return the cleaned text with its offset map; never null
	 */
	public CleanedText clean(String source) {
		List<int[]> lines = lines(source);
		Map<String, Integer> repeats = new HashMap<>();
		for (int[] line : lines) {
			String key = source.substring(line[0], line[1]).strip();
			if (!key.isEmpty() && key.length() <= RUNNING_TITLE_MAX_LENGTH) {
				repeats.merge(key, 1, Integer::sum);
			}
		}
		int wrapWidth = wrapWidth(source, lines);
		Builder out = new Builder(source);
		Map<String, Boolean> seenTitle = new HashMap<>();
		for (int index = 0; index < lines.size(); index++) {
			int start = lines.get(index)[0];
			int end = lines.get(index)[1];
			int lineEnd = index + 1 < lines.size() ? lines.get(index + 1)[0] : source.length();
			String stripped = source.substring(start, end).strip();
			CleanedText.Kind dropped = dropKind(stripped, repeats, seenTitle, out.text);
			if (dropped != null) {
				out.removals.add(new CleanedText.Removal(dropped, start, lineEnd, source.substring(start, lineEnd)));
				continue;
			}
			boolean symbolBreak = stripped.endsWith("/") && index + 1 < lines.size() //$NON-NLS-1$
					&& startsSymbolPart(source, lines.get(index + 1));
			int target = symbolBreak ? -1 : wrapTarget(source, lines, index, wrapWidth);
			// A wrapped line's trailing spaces would split the word or name continued on the next line.
			int copyEnd = target > index ? stripTrailingSpaces(source, start, end) : end;
			copyLine(source, start, copyEnd, out);
			if (symbolBreak) {
				out.removals.add(new CleanedText.Removal(CleanedText.Kind.BROKEN_SYMBOL, end, lineEnd,
						source.substring(end, lineEnd)));
				skipLeadingSpace(source, lines, index + 1);
			} else if (target > index) {
				int targetStart = lines.get(target)[0];
				out.removals.add(new CleanedText.Removal(CleanedText.Kind.LINE_WRAP, copyEnd, targetStart,
						source.substring(copyEnd, targetStart)));
				index = target - 1;
			} else {
				for (int i = end; i < lineEnd; i++) {
					out.append(source.charAt(i) == '\r' ? '\n' : source.charAt(i), i);
					if (source.charAt(i) == '\r' && i + 1 < lineEnd && source.charAt(i + 1) == '\n') {
						i++;
					}
				}
			}
		}
		return out.build();
	}

	private static CleanedText.Kind dropKind(String line, Map<String, Integer> repeats, Map<String, Boolean> seenTitle,
			StringBuilder before) {
		if (line.isEmpty()) {
			return null;
		}
		if (JOB_NUMBER.matcher(line).matches() || PAGE_OF_PAGES.matcher(line).matches()
				|| BARE_PAGE.matcher(line).matches()) {
			return CleanedText.Kind.PAGE_MARK;
		}
		if (LINK_LINE.matcher(line).matches() && linksSymbolJustGiven(line, before)) {
			return CleanedText.Kind.SYMBOL_LINK;
		}
		if (repeats.getOrDefault(line, 0) >= RUNNING_TITLE_MIN_REPEATS && seenTitle.put(line, Boolean.TRUE) != null) {
			return CleanedText.Kind.RUNNING_TITLE;
		}
		return null;
	}

	private static boolean linksSymbolJustGiven(String line, StringBuilder before) {
		List<SymbolOccurrence> linked = SymbolRecognizer.findAll(line);
		if (linked.isEmpty()) {
			return false;
		}
		String recent = before.substring(Math.max(0, before.length() - LINK_LOOKBACK));
		return SymbolRecognizer.findAll(recent).stream()
				.anyMatch(o -> !o.hyperlink() && o.symbol().equals(linked.get(0).symbol()));
	}

	/**
	 * Hard-wrapped text has many different long lines of one length, the page width; text with one line per
	 * paragraph has none, and then no line is joined.
	 *
	 * @return the page width in characters, or {@link Integer#MAX_VALUE}
	 */
	private static int wrapWidth(String source, List<int[]> lines) {
		Map<Integer, Integer> counts = new HashMap<>();
		Set<String> distinct = new HashSet<>();
		int longLines = 0;
		for (int[] line : lines) {
			String text = source.substring(line[0], line[1]).strip();
			int length = text.length();
			if (length >= WRAP_MIN_LENGTH && distinct.add(text)) {
				counts.merge(length, 1, Integer::sum);
				longLines++;
			}
		}
		int width = Integer.MAX_VALUE;
		int best = 0;
		for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
			if (entry.getValue() > best) {
				best = entry.getValue();
				width = entry.getKey();
			}
		}
		return best >= RUNNING_TITLE_MIN_REPEATS && best >= longLines * WRAP_SHARE ? width : Integer.MAX_VALUE;
	}

	/**
	 * A Chinese line cut by the page width continues on the next non-blank line (extractors often put
	 * a blank line between). Joins only full-width lines that end mid-sentence, and never before a
	 * line that starts a heading, paragraph, item or footnote.
	 *
	 * @return the index of the continuation line, or -1
	 */
	private static int wrapTarget(String source, List<int[]> lines, int index, int wrapWidth) {
		String line = source.substring(lines.get(index)[0], lines.get(index)[1]).strip();
		if (line.length() < wrapWidth - WRAP_TOLERANCE || !isHan(line.charAt(line.length() - 1))
				&& WRAP_OPEN_END.indexOf(line.charAt(line.length() - 1)) < 0) {
			return -1;
		}
		int next = index + 1;
		if (next < lines.size() && source.substring(lines.get(next)[0], lines.get(next)[1]).isBlank()) {
			next++;
		}
		if (next >= lines.size()) {
			return -1;
		}
		String following = source.substring(lines.get(next)[0], lines.get(next)[1]).strip();
		if (following.isEmpty() || NEW_BLOCK.matcher(following).lookingAt()) {
			return -1;
		}
		char first = following.charAt(0);
		return isHan(first) || Character.isLetterOrDigit(first) || WRAP_CONTINUES.indexOf(first) >= 0 ? next : -1;
	}

	private static int stripTrailingSpaces(String source, int start, int end) {
		int e = end;
		while (e > start && (source.charAt(e - 1) == ' ' || source.charAt(e - 1) == '\t' || source.charAt(e - 1) == '\u3000')) {
			e--;
		}
		return e;
	}

	private static boolean startsSymbolPart(String source, int[] line) {
		int i = line[0];
		while (i < line[1] && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
			i++;
		}
		if (i >= line[1]) {
			return false;
		}
		char c = source.charAt(i);
		return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	private static void skipLeadingSpace(String source, List<int[]> lines, int index) {
		int[] line = lines.get(index);
		while (line[0] < line[1] && (source.charAt(line[0]) == ' ' || source.charAt(line[0]) == '\t')) {
			line[0]++;
		}
	}

	private static void copyLine(String source, int start, int end, Builder out) {
		List<int[]> markers = new ArrayList<>();
		String line = source.substring(start, end);
		collectMarkers(LATIN_MARKER.matcher(line), start, markers, line, false);
		collectMarkers(CJK_MARKER.matcher(line), start, markers, line, true);
		if (!markers.isEmpty()) {
			List<SymbolOccurrence> symbols = SymbolRecognizer.findAll(line);
			markers.removeIf(m -> NUMBERED_ABBREVIATION.matcher(line.substring(Math.max(0, m[0] - start - ABBREVIATION_WINDOW), m[0] - start)).find()
					|| symbols.stream().anyMatch(o -> o.start() <= m[0] - start && m[1] - start <= o.end()));
		}
		int next = 0;
		for (int i = start; i < end; i++) {
			if (next < markers.size() && markers.get(next)[0] == i) {
				int[] marker = markers.get(next++);
				out.removals.add(new CleanedText.Removal(CleanedText.Kind.FOOTNOTE_MARKER, marker[0], marker[1],
						source.substring(marker[0], marker[1])));
				i = marker[1] - 1;
				continue;
			}
			char c = source.charAt(i);
			if ((c == ' ' || c == '\u3000') && isHan(out.lastChar()) && i + 1 < end && isHanAfterSpaces(source, i, end)) {
				out.removals.add(new CleanedText.Removal(CleanedText.Kind.CJK_SPACE, i, i + 1, String.valueOf(c)));
				continue;
			}
			out.append(c, i);
		}
	}

	private static void collectMarkers(Matcher matcher, int offset, List<int[]> markers, String line, boolean cjk) {
		while (matcher.find()) {
			if (cjk && NUMBER_WORDS.indexOf(line.charAt(matcher.start() - 1)) >= 0) {
				continue;
			}
			markers.add(new int[] { offset + matcher.start(), offset + matcher.end() });
		}
		markers.sort((a, b) -> Integer.compare(a[0], b[0]));
	}

	private static boolean isHanAfterSpaces(String source, int i, int end) {
		int j = i;
		while (j < end && (source.charAt(j) == ' ' || source.charAt(j) == '\u3000')) {
			j++;
		}
		return j < end && isHan(source.charAt(j));
	}

	private static boolean isHan(int c) {
		return c >= 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	/** @return [start, endWithoutLineBreak] per line */
	private static List<int[]> lines(String source) {
		List<int[]> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(new int[] { start, i });
				if (c == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < source.length()) {
			lines.add(new int[] { start, source.length() });
		}
		return lines;
	}

	private static final class Builder {
		private final String source;
		private final StringBuilder text = new StringBuilder();
		private int[] origins = new int[64];
		private final List<CleanedText.Removal> removals = new ArrayList<>();

		Builder(String source) {
			this.source = source;
		}

		void append(char c, int origin) {
			if (text.length() + 1 >= origins.length) {
				origins = java.util.Arrays.copyOf(origins, origins.length * 2);
			}
			origins[text.length()] = origin;
			text.append(c);
		}

		int lastChar() {
			return text.isEmpty() ? -1 : text.charAt(text.length() - 1);
		}

		CleanedText build() {
			int[] exact = java.util.Arrays.copyOf(origins, text.length() + 1);
			exact[text.length()] = source.length();
			removals.sort((a, b) -> Integer.compare(a.start(), b.start()));
			return new CleanedText(text.toString(), exact, removals);
		}
	}
}
