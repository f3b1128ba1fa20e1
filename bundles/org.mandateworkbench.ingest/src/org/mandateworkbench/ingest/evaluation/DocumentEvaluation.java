package org.mandateworkbench.ingest.evaluation;

import java.util.Map;
import java.util.Set;

/**
 * The comparison for one document: the score per field and the facts that differ, for a person to
 * look at.
 *
 * @param file       the document's file name
 * @param scores     the counts per field
 * @param unexpected per field, facts found but not expected (false positives)
 * @param missed     per field, facts expected but not found (false negatives)
 */
public record DocumentEvaluation(String file, Map<EvaluationField, FieldScore> scores,
		Map<EvaluationField, Set<String>> unexpected, Map<EvaluationField, Set<String>> missed) {

	/** Copies the maps. */
	public DocumentEvaluation {
		scores = Map.copyOf(scores);
		unexpected = Map.copyOf(unexpected);
		missed = Map.copyOf(missed);
	}
}
