package org.mandateworkbench.ingest.recognize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mandateworkbench.ingest.segment.Segmentation;
import org.mandateworkbench.model.symbol.SymbolOccurrence;

/**
 * Finds statements that earlier recommendations are reiterated or endorsed again ("重申了……提出的建议（见
 * CAC/COSP/EG.1/2014/3 和 ……）", "reiterated the recommendations of its previous meetings (see ...)"),
 * with the symbols of the reports that hold them: the symbols after the statement in the same numbered
 * paragraph.
 */
public final class ReiterationRecognizer {

	private static final Pattern REITERATES = Pattern.compile("(?i)\u91cd\u7533|\u518d\u6b21\u786e\u8ba4|\u518d\u6b21\u8ba4\u53ef|reiterat\\w*|reaffirm\\w*|re-endorse\\w*"); //$NON-NLS-1$
	private static final Pattern RECOMMENDATIONS = Pattern.compile("(?i)\u5efa\u8bae|\u7ed3\u8bba|recommendations?|conclusions?"); //$NON-NLS-1$
	/** How far after the verb the word "recommendations" may come. */
	private static final int OBJECT_WINDOW = 80;

	/**
	 * A reiteration statement.
	 *
	 * @param paragraph the numbered paragraph
	 * @param start     start of the verb
	 * @param end       end of the last symbol
	 * @param symbols   the reiterated reports' symbols, normalized, in text order
	 */
	public record Reiteration(int paragraph, int start, int end, List<String> symbols) {
		/** Copies the symbols. */
		public Reiteration {
			symbols = List.copyOf(symbols);
		}
	}

	/**
	 * @param text         the cleaned text
	 * @param segmentation its structure
	 * @param symbols      the symbols found in it
	 * @return the statements that name at least one report, in text order
	 */
	public List<Reiteration> recognize(String text, Segmentation segmentation, List<SymbolOccurrence> symbols) {
		List<Reiteration> found = new ArrayList<>();
		for (Segmentation.Paragraph paragraph : segmentation.paragraphs()) {
			Matcher verb = REITERATES.matcher(text).region(paragraph.start(), paragraph.end());
			if (!verb.find()) {
				continue;
			}
			int window = Math.min(paragraph.end(), verb.end() + OBJECT_WINDOW);
			if (!RECOMMENDATIONS.matcher(text).region(verb.end(), window).find()) {
				continue;
			}
			Set<String> cited = new LinkedHashSet<>();
			int end = verb.end();
			for (SymbolOccurrence o : symbols) {
				if (o.start() >= verb.end() && o.end() <= paragraph.end()) {
					cited.add(o.symbol().toString());
					end = o.end();
				}
			}
			if (!cited.isEmpty()) {
				found.add(new Reiteration(paragraph.number(), verb.start(), end, new ArrayList<>(cited)));
			}
		}
		return found;
	}
}
