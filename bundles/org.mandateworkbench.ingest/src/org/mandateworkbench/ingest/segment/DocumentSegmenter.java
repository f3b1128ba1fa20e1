package org.mandateworkbench.ingest.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sections, numbered paragraphs, lettered items and footnotes in the cleaned text of a UN
 * document, in Chinese or English.
 * <p>
 * Caveat: a footnote is a line starting with "*" or with a number followed by a space (no full
 * stop), which is how extracted PDFs render them; a paragraph number must be followed by a full stop.
 */
public final class DocumentSegmenter {

	private static final Pattern CJK_HEADING = Pattern.compile("([\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]{1,3})\\s*[\u3001.\uff0e]\\s*(\\S.{0,80})"); //$NON-NLS-1$
	private static final Pattern ROMAN_HEADING = Pattern.compile("([IVX]{1,5})\\.\\s+(\\S.{0,120})"); //$NON-NLS-1$
	private static final Pattern LETTER_HEADING = Pattern.compile("([A-H])\\.\\s+(\\S.{0,120})"); //$NON-NLS-1$
	private static final Pattern PARAGRAPH = Pattern.compile("(\\d{1,3})\\.\\s*(?=\\S)"); //$NON-NLS-1$
	private static final Pattern FOOTNOTE = Pattern.compile("(\\*{1,3}|\\d{1,2})[ \t]+(?=\\S)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)"); //$NON-NLS-1$
	private static final Pattern ITEM = Pattern.compile("[(\uff08]([a-z])[)\uff09]"); //$NON-NLS-1$
	private static final Pattern RECOMMENDATIONS = Pattern.compile("(?i)\u5efa\u8bae|recommendations"); //$NON-NLS-1$
	private static final int MAX_HEADING_LENGTH = 120;
	private static final int PARAGRAPH_GAP = 5;

	/**
	 * Segments the text.
	 *
	 * @param text cleaned text
	 * @return the structure; never null
	 */
	public Segmentation segment(String text) {
		List<Segmentation.Section> sections = new ArrayList<>();
		List<int[]> paragraphStarts = new ArrayList<>();
		List<Segmentation.Footnote> footnotes = new ArrayList<>();
		List<Integer> boundaries = new ArrayList<>();
		Set<Integer> paragraphLines = paragraphLines(text);
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			String line = text.substring(lineStart, lineEnd);
			int indent = line.length() - line.stripLeading().length();
			String stripped = line.strip();
			Matcher heading = heading(stripped);
			Matcher paragraph = PARAGRAPH.matcher(stripped);
			Matcher footnote = FOOTNOTE.matcher(stripped);
			if (heading != null) {
				boundaries.add(lineStart);
				String title = heading.group(2).strip();
				sections.add(new Segmentation.Section(heading.group(1), title, lineStart + indent, -1,
						RECOMMENDATIONS.matcher(title).find()));
			} else if (paragraph.lookingAt() && paragraphLines.contains(lineStart)) {
				boundaries.add(lineStart);
				paragraphStarts.add(new int[] { Integer.parseInt(paragraph.group(1)), lineStart + indent, sections.size() - 1 });
			} else if (footnote.lookingAt() && !stripped.isEmpty()) {
				boundaries.add(lineStart);
				footnotes.add(new Segmentation.Footnote(footnote.group(1), lineStart + indent, lineStart + indent + stripped.length(),
						lineStart + indent + footnote.end()));
			}
			lineStart = lineEnd + 1;
		}
		boundaries.add(text.length());
		List<Segmentation.Section> closedSections = new ArrayList<>();
		for (int i = 0; i < sections.size(); i++) {
			Segmentation.Section s = sections.get(i);
			int end = i + 1 < sections.size() ? sections.get(i + 1).start() : text.length();
			closedSections.add(new Segmentation.Section(s.label(), s.title(), s.start(), end, s.recommendations()));
		}
		List<Segmentation.Paragraph> paragraphs = new ArrayList<>();
		for (int[] p : paragraphStarts) {
			int end = trimEnd(text, p[1], nextBoundary(boundaries, p[1]));
			paragraphs.add(new Segmentation.Paragraph(p[0], p[1], end, items(text, p[1], end), p[2]));
		}
		return new Segmentation(closedSections, paragraphs, footnotes);
	}

	private static Matcher heading(String line) {
		if (line.length() > MAX_HEADING_LENGTH || line.endsWith("\u3002") || line.endsWith(";")) { //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
		for (Pattern pattern : List.of(CJK_HEADING, ROMAN_HEADING, LETTER_HEADING)) {
			Matcher m = pattern.matcher(line);
			if (m.matches()) {
				return m;
			}
		}
		return null;
	}

	/**
	 * The starts of the lines that begin numbered paragraphs. Paragraph numbers rise; a far jump is
	 * more likely a list or a table row, unless the next numbered line continues from it (an extract
	 * that left paragraphs out: 8, 46, 47). An extract may start at any paragraph, so the first number
	 * is free.
	 */
	private static Set<Integer> paragraphLines(String text) {
		List<int[]> candidates = new ArrayList<>();
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			String stripped = text.substring(lineStart, lineEnd).strip();
			Matcher paragraph = PARAGRAPH.matcher(stripped);
			if (heading(stripped) == null && paragraph.lookingAt()) {
				candidates.add(new int[] { Integer.parseInt(paragraph.group(1)), lineStart });
			}
			lineStart = lineEnd + 1;
		}
		Set<Integer> accepted = new HashSet<>();
		int last = 0;
		for (int k = 0; k < candidates.size(); k++) {
			int number = candidates.get(k)[0];
			boolean continued = k + 1 < candidates.size() && candidates.get(k + 1)[0] == number + 1;
			if (number > last && (last == 0 || number <= last + PARAGRAPH_GAP || continued)) {
				accepted.add(candidates.get(k)[1]);
				last = number;
			}
		}
		return accepted;
	}

	private static int nextBoundary(List<Integer> boundaries, int start) {
		for (int boundary : boundaries) {
			if (boundary > start) {
				return boundary;
			}
		}
		return start;
	}

	private static int trimEnd(String text, int start, int end) {
		int e = end;
		while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
			e--;
		}
		return e;
	}

	/** Lettered items must run a, b, c ... without gaps; other parenthesized letters are text. */
	private static List<Segmentation.Item> items(String text, int start, int end) {
		List<int[]> markers = new ArrayList<>();
		Matcher m = ITEM.matcher(text).region(start, end);
		char expected = 'a';
		while (m.find()) {
			if (m.group(1).charAt(0) == expected) {
				markers.add(new int[] { m.start(), m.end(), expected });
				expected++;
			}
		}
		List<Segmentation.Item> items = new ArrayList<>();
		for (int i = 0; i < markers.size(); i++) {
			int[] marker = markers.get(i);
			int itemEnd = trimEnd(text, marker[1], i + 1 < markers.size() ? markers.get(i + 1)[0] : end);
			int textStart = marker[1];
			while (textStart < itemEnd && Character.isWhitespace(text.charAt(textStart))) {
				textStart++;
			}
			items.add(new Segmentation.Item((char) marker[2], marker[0], itemEnd, textStart));
		}
		return items;
	}
}
