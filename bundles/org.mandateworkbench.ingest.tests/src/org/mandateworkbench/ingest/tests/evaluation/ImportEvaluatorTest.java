package org.mandateworkbench.ingest.tests.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.cli.CommandContext;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.ingest.cli.EvaluateImportSubcommand;
import org.mandateworkbench.ingest.evaluation.AnnotationReader;
import org.mandateworkbench.ingest.evaluation.DocumentEvaluation;
import org.mandateworkbench.ingest.evaluation.EvaluationField;
import org.mandateworkbench.ingest.evaluation.ImportEvaluator;
import org.mandateworkbench.ingest.evaluation.QualityCalculator;
import org.mandateworkbench.ingest.evaluation.QualityTargets;

/** End to end over the fixture documents: the importer finds exactly what the annotations expect. */
class ImportEvaluatorTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void writeFixtures() throws Exception {
		Files.writeString(folder.resolve(EvaluationFixtures.CHINESE_FILE), EvaluationFixtures.CHINESE, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve(EvaluationFixtures.ENGLISH_FILE), EvaluationFixtures.ENGLISH, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve(EvaluationFixtures.ENGLISH_WRAPPED_FILE), EvaluationFixtures.ENGLISH_WRAPPED,
				StandardCharsets.UTF_8);
		Files.writeString(folder.resolve(EvaluationFixtures.CHINESE_WRAPPED_FILE), EvaluationFixtures.CHINESE_WRAPPED,
				StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("annotations.json"), EvaluationFixtures.ANNOTATIONS, StandardCharsets.UTF_8);
	}

	private int run(String... arguments) throws Exception {
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), folder, Optional.empty());
		return new EvaluateImportSubcommand().run(List.of(arguments), context);
	}

	@Test
	void findsEveryAnnotatedFactInBothLanguages() throws Exception {
		ImportEvaluator evaluator = new ImportEvaluator();
		QualityCalculator calculator = evaluator.evaluate(folder, new AnnotationReader().read(folder.resolve("annotations.json")));
		assertEquals(List.of(), evaluator.problems());
		for (DocumentEvaluation document : calculator.documents()) {
			for (EvaluationField field : EvaluationField.values()) {
				String context = document.file() + " " + field.key();
				assertEquals(List.of(), List.copyOf(document.unexpected().get(field)), context);
				assertEquals(List.of(), List.copyOf(document.missed().get(field)), context);
			}
		}
		assertEquals(List.of(), calculator.belowTargets(QualityTargets.STANDARD));
		assertEquals(9 + 17 + 6, calculator.total(EvaluationField.STATES).truePositives());
	}

	@Test
	void commandPrintsPrecisionAndRecallAndSucceeds() throws Exception {
		assertEquals(ExitCodes.OK, run(".", "annotations.json"));
		String report = out.toString(StandardCharsets.UTF_8);
		assertTrue(report.contains("noteVerbaleDates"), report);
		assertTrue(report.lines().anyMatch(l -> l.startsWith("states") && l.contains("1.000     1.000")), report);
		assertEquals("", err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void commandFailsBelowTargetsAndShowsTheDifference() throws Exception {
		Files.writeString(folder.resolve("annotations.json"), EvaluationFixtures.ANNOTATIONS.replace("\"GHA\"", "\"GHA\", \"GIN\", \"PAN\", \"IND\", \"CHN\""),
				StandardCharsets.UTF_8);
		assertEquals(EvaluateImportSubcommand.BELOW_TARGETS, run(".", "annotations.json"));
		String report = out.toString(StandardCharsets.UTF_8);
		assertTrue(report.contains("-CHN -GIN -IND -PAN"), report);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("states"), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void missingDocumentIsReportedAndCountsAsMissed() throws Exception {
		Files.delete(folder.resolve(EvaluationFixtures.ENGLISH_FILE));
		assertEquals(EvaluateImportSubcommand.BELOW_TARGETS, run(".", "annotations.json"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains(EvaluationFixtures.ENGLISH_FILE));
	}

	@Test
	void wrongArgumentsAreUsageErrors() throws Exception {
		String noFolder = assertThrows(UsageException.class, () -> run("nowhere", "annotations.json"))
				.getMessage();
		assertTrue(noFolder.contains("nowhere"), noFolder);
		assertThrows(UsageException.class, () -> run("."));
		assertThrows(UsageException.class, () -> run("--fast", ".", "annotations.json"));
		Files.writeString(folder.resolve("annotations.json"), "{\"documents\": [", StandardCharsets.UTF_8);
		String broken = assertThrows(UsageException.class, () -> run(".", "annotations.json"))
				.getMessage();
		assertTrue(broken.contains("annotations.json, line 1"), broken);
	}
}
