package org.mandateworkbench.ui.mandate.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.DocumentIssued;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateAction;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.ReportedToMeeting;

/**
 * The documents a mandate relates to, with the paragraph to show: those of its source resolutions
 * and recommendations, the reports the recommendations reiterate, and the documents its actions
 * issued or reported with. Ordered by symbol; each document and paragraph once. No SWT.
 */
public final class RelatedDocuments {

	/** How a document relates to the mandate. */
	public enum Relation {
		RESOLUTION, RECOMMENDATION, REITERATED, ISSUED, REPORTED
	}

	/**
	 * One related document.
	 *
	 * @param document  the document
	 * @param paragraph the paragraph to reveal (e.g. "27", "47 (a)"), null for the whole document
	 * @param relation  how it relates
	 */
	public record Entry(Document document, String paragraph, Relation relation) {
	}

	private RelatedDocuments() {
	}

	/** @return the related documents, by symbol */
	public static List<Entry> of(Mandate mandate) {
		Map<String, Entry> entries = new LinkedHashMap<>();
		for (OperativeParagraph paragraph : mandate.getSourceParagraphs()) {
			if (paragraph.getResolution() != null) {
				add(entries, paragraph.getResolution().getDocument(),
						paragraph.getNumber() > 0 ? String.valueOf(paragraph.getNumber()) : null, Relation.RESOLUTION);
			}
		}
		for (Recommendation recommendation : mandate.getSourceRecommendations()) {
			String paragraph = recommendation.getParagraphNumber() <= 0 ? null
					: recommendation.getParagraphNumber()
							+ (recommendation.getLetter() == null ? "" : " (" + recommendation.getLetter() + ')'); //$NON-NLS-1$ //$NON-NLS-2$
			add(entries, recommendation.getDocument(), paragraph, Relation.RECOMMENDATION);
			recommendation.getReiteratedReports().forEach(d -> add(entries, d, null, Relation.REITERATED));
		}
		for (MandateAction action : mandate.getActions()) {
			if (action instanceof DocumentIssued issued) {
				add(entries, issued.getDocument(), null, Relation.ISSUED);
			} else if (action instanceof ReportedToMeeting reported) {
				add(entries, reported.getDocument(), null, Relation.REPORTED);
			}
		}
		List<Entry> sorted = new ArrayList<>(entries.values());
		sorted.sort(Comparator.comparing((Entry e) -> e.document().getSymbol(), Comparator.nullsLast(Comparator.naturalOrder())));
		return sorted;
	}

	private static void add(Map<String, Entry> entries, Document document, String paragraph, Relation relation) {
		if (document != null) {
			entries.putIfAbsent(System.identityHashCode(document) + "#" + paragraph, new Entry(document, paragraph, relation)); //$NON-NLS-1$
		}
	}
}
