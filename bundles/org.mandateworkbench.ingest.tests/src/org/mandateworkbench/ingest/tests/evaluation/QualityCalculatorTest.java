package org.mandateworkbench.ingest.tests.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.evaluation.DocumentEvaluation;
import org.mandateworkbench.ingest.evaluation.DocumentFacts;
import org.mandateworkbench.ingest.evaluation.EvaluationField;
import org.mandateworkbench.ingest.evaluation.FieldScore;
import org.mandateworkbench.ingest.evaluation.QualityCalculator;
import org.mandateworkbench.ingest.evaluation.QualityTargets;

class QualityCalculatorTest {

	private static DocumentFacts states(String file, String... codes) {
		return new DocumentFacts(file, Map.of(EvaluationField.STATES, Set.of(codes)));
	}

	@Test
	void countsFoundExtraAndMissedFacts() {
		QualityCalculator calculator = new QualityCalculator();
		DocumentEvaluation one = calculator.add(states("a.txt", "ARG", "AUS", "DNK"), states("a.txt", "ARG", "DNK", "CHN"));
		assertEquals(new FieldScore(2, 1, 1), one.scores().get(EvaluationField.STATES));
		assertEquals(Set.of("CHN"), one.unexpected().get(EvaluationField.STATES));
		assertEquals(Set.of("AUS"), one.missed().get(EvaluationField.STATES));
		assertEquals(2.0 / 3, calculator.total(EvaluationField.STATES).precision(), 1e-9);
		assertEquals(2.0 / 3, calculator.total(EvaluationField.STATES).recall(), 1e-9);
	}

	@Test
	void sumsCountsOverDocumentsBeforeDividing() {
		QualityCalculator calculator = new QualityCalculator();
		calculator.add(states("a.txt", "ARG"), states("a.txt", "ARG"));
		calculator.add(states("b.txt", "AUS", "AUT", "BEL", "DNK"), states("b.txt", "AUS"));
		FieldScore total = calculator.total(EvaluationField.STATES);
		assertEquals(new FieldScore(2, 0, 3), total);
		assertEquals(1.0, total.precision(), 1e-9);
		assertEquals(0.4, total.recall(), 1e-9);
	}

	@Test
	void nothingFoundAndNothingExpectedIsPerfect() {
		QualityCalculator calculator = new QualityCalculator();
		calculator.add(states("a.txt"), states("a.txt"));
		assertEquals(1.0, calculator.total(EvaluationField.DATES).precision());
		assertEquals(1.0, calculator.total(EvaluationField.DATES).recall());
		assertEquals(List.of(), calculator.belowTargets(QualityTargets.STANDARD));
	}

	@Test
	void anUnreadDocumentMissesAllItsFacts() {
		QualityCalculator calculator = new QualityCalculator();
		calculator.addUnread(states("gone.txt", "ARG", "AUS"));
		assertEquals(new FieldScore(0, 0, 2), calculator.total(EvaluationField.STATES));
		assertEquals(List.of(EvaluationField.STATES), calculator.belowTargets(QualityTargets.STANDARD));
	}

	@Test
	void targetsNeedBothPrecisionAndRecall() {
		QualityTargets targets = QualityTargets.STANDARD;
		assertEquals(true, targets.met(new FieldScore(19, 1, 2)));
		assertEquals(false, targets.met(new FieldScore(18, 2, 0)));
		assertEquals(false, targets.met(new FieldScore(9, 0, 2)));
		assertEquals(true, targets.met(new FieldScore(9, 0, 1)));
	}
}
