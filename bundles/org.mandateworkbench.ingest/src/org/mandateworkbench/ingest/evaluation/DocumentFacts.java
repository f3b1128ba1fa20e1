package org.mandateworkbench.ingest.evaluation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The distinct facts of one document, per field, as normalized keys (see {@link FactKeys}): either
 * what an annotator expects or what the importer found.
 *
 * @param file  the document's file name
 * @param facts the keys per field; every field is present, possibly empty
 */
public record DocumentFacts(String file, Map<EvaluationField, Set<String>> facts) {

	/** Copies the sets and adds an empty set for each missing field. */
	public DocumentFacts {
		Map<EvaluationField, Set<String>> copy = new EnumMap<>(EvaluationField.class);
		for (EvaluationField field : EvaluationField.values()) {
			copy.put(field, Set.copyOf(facts.getOrDefault(field, Set.of())));
		}
		facts = Map.copyOf(copy);
	}

	/**
	 * @param field a field
	 * @return its keys, sorted
	 */
	public Set<String> get(EvaluationField field) {
		return new TreeSet<>(facts.get(field));
	}
}
