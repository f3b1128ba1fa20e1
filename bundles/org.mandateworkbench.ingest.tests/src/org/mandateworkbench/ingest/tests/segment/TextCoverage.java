package org.mandateworkbench.ingest.tests.segment;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.mandateworkbench.ingest.clean.CleanedText;
import org.mandateworkbench.ingest.clean.TextCleaner;
import org.mandateworkbench.ingest.segment.DocumentSegmenter;
import org.mandateworkbench.ingest.segment.Segmentation;

/**
 * The invariant that no text of a document is lost on its way to the units: every character of the
 * input that is not white space and not page furniture lands in the head, a section heading, a
 * numbered paragraph (first part or continuation), a footnote or a passage after a heading; the
 * footnotes and the paragraphs never share a character.
 */
final class TextCoverage {

	/** What the cleaner may take out that is not white space: page furniture and footnote markers. */
	private static final Set<CleanedText.Kind> FURNITURE = Set.of(CleanedText.Kind.PAGE_MARK,
			CleanedText.Kind.RUNNING_TITLE, CleanedText.Kind.SYMBOL_LINK, CleanedText.Kind.FOOTNOTE_MARKER);
	private static final Pattern RULE = Pattern.compile("[_\u2014\u2500-]{5,}");

	private TextCoverage() {
	}

	/** Cleans and segments the source and fails, naming the first lost character, if the invariant breaks. */
	static Segmentation assertNothingLost(String source) {
		CleanedText cleaned = new TextCleaner().clean(source);
		for (CleanedText.Removal removal : cleaned.removals()) {
			assertTrue(FURNITURE.contains(removal.kind()) || removal.text().isBlank(),
					() -> "the cleaner dropped text as " + removal.kind() + ": " + removal.text());
		}
		boolean[] kept = new boolean[source.length()];
		for (int i = 0; i < cleaned.text().length(); i++) {
			kept[cleaned.sourceOffset(i)] = true;
		}
		for (int i = 0; i < source.length(); i++) {
			if (!kept[i] && !Character.isWhitespace(source.charAt(i)) && !removed(cleaned, i)) {
				fail("source character " + i + " is neither kept nor furniture: " + around(source, i));
			}
		}
		String text = cleaned.text();
		Segmentation s = new DocumentSegmenter().segment(text);
		boolean[] covered = new boolean[text.length()];
		int head = text.length();
		if (!s.sections().isEmpty()) {
			head = Math.min(head, s.sections().get(0).start());
		}
		if (!s.paragraphs().isEmpty()) {
			head = Math.min(head, s.paragraphs().get(0).start());
		}
		mark(covered, 0, head);
		for (Segmentation.Section section : s.sections()) {
			int lineEnd = text.indexOf('\n', section.start());
			mark(covered, section.start(), lineEnd < 0 ? text.length() : lineEnd);
		}
		List<int[]> paragraphParts = new ArrayList<>();
		for (Segmentation.Paragraph paragraph : s.paragraphs()) {
			paragraphParts.add(new int[] { paragraph.start(), paragraph.end() });
			for (Segmentation.Span part : paragraph.continuations()) {
				paragraphParts.add(new int[] { part.start(), part.end() });
			}
		}
		for (int[] part : paragraphParts) {
			mark(covered, part[0], part[1]);
		}
		for (Segmentation.Footnote footnote : s.footnotes()) {
			mark(covered, footnote.start(), footnote.end());
			for (int[] part : paragraphParts) {
				assertTrue(footnote.end() <= part[0] || part[1] <= footnote.start(),
						() -> "footnote glued into a paragraph: " + text.substring(footnote.start(), footnote.end()));
			}
		}
		for (Segmentation.Passage passage : s.passages()) {
			mark(covered, passage.start(), passage.end());
		}
		for (int i = 0; i < text.length(); i++) {
			if (!covered[i] && !Character.isWhitespace(text.charAt(i)) && !RULE.matcher(line(text, i)).matches()) {
				fail("character " + i + " of the cleaned text belongs to no unit: " + around(text, i));
			}
		}
		return s;
	}

	private static boolean removed(CleanedText cleaned, int offset) {
		return cleaned.removals().stream().anyMatch(r -> r.start() <= offset && offset < r.end());
	}

	private static void mark(boolean[] covered, int start, int end) {
		for (int i = start; i < end; i++) {
			covered[i] = true;
		}
	}

	private static String line(String text, int offset) {
		int start = text.lastIndexOf('\n', offset - 1) + 1;
		int end = text.indexOf('\n', offset);
		return text.substring(start, end < 0 ? text.length() : end).strip();
	}

	private static String around(String text, int offset) {
		return "\u00bb" + text.substring(Math.max(0, offset - 30), Math.min(text.length(), offset + 30)) + "\u00ab";
	}
}
