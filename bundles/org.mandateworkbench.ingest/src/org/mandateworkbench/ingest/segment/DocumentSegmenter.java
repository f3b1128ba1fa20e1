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
 * A numbered footnote goes on over the following lines until its text ends a sentence; the text after
 * a page's footnotes (or the rule above them) continues the paragraph they interrupted. A footnote
 * cut off without a full stop therefore takes the paragraph's next line too.
 */
public final class DocumentSegmenter {

	private static final Pattern CJK_HEADING = Pattern.compile("([\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]{1,3})\\s*[\u3001.\uff0e]\\s*(\\S.{0,80})"); //$NON-NLS-1$
	private static final Pattern ROMAN_HEADING = Pattern.compile("([IVX]{1,5})\\.\\s+(\\S.{0,120})"); //$NON-NLS-1$
	private static final Pattern LETTER_HEADING = Pattern.compile("([A-H])\\.\\s+(\\S.{0,120})"); //$NON-NLS-1$
	private static final Pattern PARAGRAPH = Pattern.compile("(\\d{1,3})\\.\\s*(?=\\S)"); //$NON-NLS-1$
	private static final Pattern FOOTNOTE = Pattern.compile("(\\*{1,3}|\\d{1,2})[ \t]+(?=\\S)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)"); //$NON-NLS-1$
	private static final Pattern ITEM = Pattern.compile("[(\uff08]([a-z])[)\uff09]"); //$NON-NLS-1$
	private static final Pattern FOOTNOTE_RULE = Pattern.compile("[_\u2014\u2500-]{5,}"); //$NON-NLS-1$
	private static final Pattern CUT_ADDRESS = Pattern.compile("(?:https?://|www\\.)\\S*\\.$"); //$NON-NLS-1$
	private static final Pattern ADDRESS_GOES_ON = Pattern.compile("[a-z0-9/]"); //$NON-NLS-1$
	private static final String SENTENCE_END = ".\u3002\uff0e!?\uff01\uff1f"; //$NON-NLS-1$
	private static final Pattern RECOMMENDATIONS = Pattern.compile("(?i)\u5efa\u8bae|recommendations"); //$NON-NLS-1$
	private static final int MAX_HEADING_LENGTH = 120;
	private static final int PARAGRAPH_GAP = 5;

	/**
	 * Segments the text. Every line that is not blank and not a footnote rule lands in one place: the
	 * head (before the first heading or paragraph), a section heading, a numbered paragraph (its first
	 * part or, after the footnotes of a page break, a continuation), a footnote, or a passage after a
	 * heading.
	 *
	 * @param text cleaned text
	 * @return the structure; never null
	 */
	public Segmentation segment(String text) {
		Builder b = new Builder(text);
		Set<Integer> paragraphLines = paragraphLines(text);
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			String line = text.substring(lineStart, lineEnd);
			String stripped = line.strip();
			int from = lineStart + line.length() - line.stripLeading().length();
			int to = from + stripped.length();
			Matcher heading = heading(stripped);
			Matcher paragraph = PARAGRAPH.matcher(stripped);
			Matcher footnote = FOOTNOTE.matcher(stripped);
			if (stripped.isEmpty()) {
				// blank lines change nothing
			} else if (heading != null) {
				b.heading(heading, from);
			} else if (paragraph.lookingAt() && paragraphLines.contains(lineStart)) {
				b.paragraph(Integer.parseInt(paragraph.group(1)), from, to);
			} else if (footnote.lookingAt()) {
				b.footnote(footnote.group(1), from, to, from + footnote.end());
			} else if (FOOTNOTE_RULE.matcher(stripped).matches()) {
				b.furniture();
			} else {
				b.text(from, to, stripped);
			}
			lineStart = lineEnd + 1;
		}
		return b.build();
	}

	/** What the text lines read so far belong to, and where the next one goes. */
	private static final class Builder {
		private enum Owner {
			HEAD, PARAGRAPH, SECTION
		}

		private final String text;
		private final List<Segmentation.Section> sections = new ArrayList<>();
		private final List<int[]> paragraphs = new ArrayList<>();
		private final List<List<Segmentation.Span>> continuations = new ArrayList<>();
		private final List<Segmentation.Footnote> footnotes = new ArrayList<>();
		private final List<Segmentation.Passage> passages = new ArrayList<>();
		private Owner owner = Owner.HEAD;
		/** Whether footnotes or a rule came after the owner's last text: the next text starts a new part. */
		private boolean interrupted;
		/** Whether the last footnote is the last thing read and may go on on the next line. */
		private boolean footnoteOpen;
		private boolean passageOpen;

		Builder(String text) {
			this.text = text;
		}

		void heading(Matcher heading, int from) {
			sections.add(new Segmentation.Section(heading.group(1), heading.group(2).strip(), from, -1,
					RECOMMENDATIONS.matcher(heading.group(2)).find()));
			owner = Owner.SECTION;
			interrupted = false;
			footnoteOpen = false;
			passageOpen = false;
		}

		void paragraph(int number, int from, int to) {
			paragraphs.add(new int[] { number, from, to, sections.size() - 1 });
			continuations.add(new ArrayList<>());
			owner = Owner.PARAGRAPH;
			interrupted = false;
			footnoteOpen = false;
		}

		void footnote(String marker, int from, int to, int textStart) {
			footnotes.add(new Segmentation.Footnote(marker, from, to, textStart));
			interrupted = true;
			footnoteOpen = true;
		}

		void furniture() {
			interrupted = true;
			footnoteOpen = false;
		}

		void text(int from, int to, String stripped) {
			if (footnoteOpen && continuesFootnote(stripped)) {
				Segmentation.Footnote last = footnotes.remove(footnotes.size() - 1);
				footnotes.add(new Segmentation.Footnote(last.marker(), last.start(), to, last.textStart()));
				return;
			}
			footnoteOpen = false;
			boolean newPart = interrupted;
			interrupted = false;
			switch (owner) {
			case HEAD -> {
				// before the first heading or paragraph: the head holds it
			}
			case PARAGRAPH -> {
				List<Segmentation.Span> parts = continuations.get(continuations.size() - 1);
				if (newPart) {
					parts.add(new Segmentation.Span(from, to));
				} else if (parts.isEmpty()) {
					paragraphs.get(paragraphs.size() - 1)[2] = to;
				} else {
					parts.set(parts.size() - 1, new Segmentation.Span(parts.get(parts.size() - 1).start(), to));
				}
			}
			case SECTION -> {
				if (passageOpen && !newPart) {
					Segmentation.Passage last = passages.remove(passages.size() - 1);
					passages.add(new Segmentation.Passage(last.section(), last.start(), to));
				} else {
					passages.add(new Segmentation.Passage(sections.size() - 1, from, to));
				}
				passageOpen = true;
			}
			}
		}

		/**
		 * A numbered footnote whose text has not ended a sentence goes on, and so does one ending in a web
		 * address cut at a dot when the next line goes on with the address; an asterisk note is one line.
		 */
		private boolean continuesFootnote(String next) {
			Segmentation.Footnote last = footnotes.get(footnotes.size() - 1);
			if (last.marker().startsWith("*")) { //$NON-NLS-1$
				return false;
			}
			String sofar = text.substring(last.textStart(), last.end()).replaceAll("[\\s\u201d\u2019\"')\uff09\u300d\u300f]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			if (sofar.isEmpty()) {
				return false;
			}
			return SENTENCE_END.indexOf(sofar.charAt(sofar.length() - 1)) < 0
					|| CUT_ADDRESS.matcher(sofar).find() && ADDRESS_GOES_ON.matcher(next).lookingAt();
		}

		Segmentation build() {
			List<Segmentation.Section> closedSections = new ArrayList<>();
			for (int i = 0; i < sections.size(); i++) {
				Segmentation.Section s = sections.get(i);
				int end = i + 1 < sections.size() ? sections.get(i + 1).start() : text.length();
				closedSections.add(new Segmentation.Section(s.label(), s.title(), s.start(), end, s.recommendations()));
			}
			List<Segmentation.Paragraph> closed = new ArrayList<>();
			for (int i = 0; i < paragraphs.size(); i++) {
				int[] p = paragraphs.get(i);
				List<Segmentation.Span> parts = new ArrayList<>();
				parts.add(new Segmentation.Span(p[1], p[2]));
				parts.addAll(continuations.get(i));
				closed.add(new Segmentation.Paragraph(p[0], p[1], p[2], items(text, parts), p[3], continuations.get(i)));
			}
			return new Segmentation(closedSections, closed, footnotes, passages);
		}
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

	private static int trimEnd(String text, int start, int end) {
		int e = end;
		while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
			e--;
		}
		return e;
	}

	/**
	 * Lettered items must run a, b, c ... without gaps; other parenthesized letters are text. The letters
	 * go on across the paragraph's parts; an item ends at the end of its part.
	 */
	private static List<Segmentation.Item> items(String text, List<Segmentation.Span> parts) {
		List<int[]> markers = new ArrayList<>();
		char expected = 'a';
		for (int part = 0; part < parts.size(); part++) {
			Matcher m = ITEM.matcher(text).region(parts.get(part).start(), parts.get(part).end());
			while (m.find()) {
				if (m.group(1).charAt(0) == expected) {
					markers.add(new int[] { m.start(), m.end(), expected, part });
					expected++;
				}
			}
		}
		List<Segmentation.Item> items = new ArrayList<>();
		for (int i = 0; i < markers.size(); i++) {
			int[] marker = markers.get(i);
			boolean nextInPart = i + 1 < markers.size() && markers.get(i + 1)[3] == marker[3];
			int itemEnd = trimEnd(text, marker[1], nextInPart ? markers.get(i + 1)[0] : parts.get(marker[3]).end());
			int textStart = marker[1];
			while (textStart < itemEnd && Character.isWhitespace(text.charAt(textStart))) {
				textStart++;
			}
			items.add(new Segmentation.Item((char) marker[2], marker[0], itemEnd, textStart));
		}
		return items;
	}
}
