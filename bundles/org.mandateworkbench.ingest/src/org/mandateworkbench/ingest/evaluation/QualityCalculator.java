package org.mandateworkbench.ingest.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares expected with found facts, document by document, and sums the counts per field over all
 * documents (micro-averaged precision and recall). Facts are compared as sets of keys per document:
 * a State named ten times is one fact.
 */
public final class QualityCalculator {

	private final List<DocumentEvaluation> documents = new ArrayList<>();

	/**
	 * Adds one document.
	 *
	 * @param expected the annotated facts
	 * @param found    the extracted facts of the same document
	 * @return the comparison of this document
	 */
	public DocumentEvaluation add(DocumentFacts expected, DocumentFacts found) {
		Map<EvaluationField, FieldScore> scores = new EnumMap<>(EvaluationField.class);
		Map<EvaluationField, Set<String>> unexpected = new EnumMap<>(EvaluationField.class);
		Map<EvaluationField, Set<String>> missed = new EnumMap<>(EvaluationField.class);
		for (EvaluationField field : EvaluationField.values()) {
			Set<String> want = expected.get(field);
			Set<String> got = found.get(field);
			Set<String> extra = new TreeSet<>(got);
			extra.removeAll(want);
			Set<String> lacking = new TreeSet<>(want);
			lacking.removeAll(got);
			scores.put(field, new FieldScore(got.size() - extra.size(), extra.size(), lacking.size()));
			unexpected.put(field, extra);
			missed.put(field, lacking);
		}
		DocumentEvaluation evaluation = new DocumentEvaluation(expected.file(), scores, unexpected, missed);
		documents.add(evaluation);
		return evaluation;
	}

	/**
	 * Records a document that could not be read: everything expected of it counts as missed.
	 *
	 * @param expected the annotated facts
	 * @return the comparison of this document
	 */
	public DocumentEvaluation addUnread(DocumentFacts expected) {
		return add(expected, new DocumentFacts(expected.file(), Map.of()));
	}

	/** @return the documents added, in order */
	public List<DocumentEvaluation> documents() {
		return List.copyOf(documents);
	}

	/**
	 * @param field a field
	 * @return its counts summed over the documents added
	 */
	public FieldScore total(EvaluationField field) {
		FieldScore sum = FieldScore.EMPTY;
		for (DocumentEvaluation document : documents) {
			sum = sum.plus(document.scores().get(field));
		}
		return sum;
	}

	/**
	 * @param targets the targets
	 * @return the fields whose totals miss them, in field order
	 */
	public List<EvaluationField> belowTargets(QualityTargets targets) {
		List<EvaluationField> below = new ArrayList<>();
		for (EvaluationField field : EvaluationField.values()) {
			if (!targets.met(total(field))) {
				below.add(field);
			}
		}
		return below;
	}
}
