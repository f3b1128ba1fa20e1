package org.mandateworkbench.ingest.tests.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.ingest.evaluation.AnnotationException;
import org.mandateworkbench.ingest.evaluation.AnnotationReader;
import org.mandateworkbench.ingest.evaluation.DocumentFacts;
import org.mandateworkbench.ingest.evaluation.EvaluationField;

class AnnotationReaderTest {

	@TempDir
	Path folder;

	private static List<DocumentFacts> read(String json) throws AnnotationException {
		return new AnnotationReader().read("a.json", json);
	}

	private static String failure(String json) {
		return assertThrows(AnnotationException.class, () -> read(json)).getMessage();
	}

	@Test
	void readsEveryFieldAsNormalizedKeys() throws Exception {
		List<DocumentFacts> documents = read("""
				{"documents": [{
				  "file": "one.txt", "language": "zh", "notes": "ignored",
				  "symbol": "A/79/1", "agendaSymbol": null, "symbolsCited": ["ctoc/cop/2020/2"],
				  "resolutions": [{"number": "7/1"}, {"kind": "decision", "body": "GA", "number": "71/208", "paragraph": 3},
				                  {"body": "SC", "number": "2462 (2019)"}],
				  "dates": ["2018-02-09"],
				  "states": {"II": ["DNK", "ARG"], "III": ["DNK"]},
				  "recommendations": [{"paragraph": 47, "letter": "b", "addressee": "statesParties"}],
				  "noteVerbaleDates": ["2018-02-09"]
				}, {"file": "two.txt", "states": ["KOR"]}]}
				""");
		assertEquals(2, documents.size());
		DocumentFacts one = documents.get(0);
		assertEquals("one.txt", one.file());
		assertEquals(Set.of("A/79/1", "CTOC/COP/2020/2"), one.get(EvaluationField.SYMBOLS));
		assertEquals(Set.of("resolution||7/1|0", "decision|GA|71/208|3", "resolution|SC|2462 (2019)|0"),
				one.get(EvaluationField.RESOLUTIONS));
		assertEquals(Set.of("2018-02-09"), one.get(EvaluationField.DATES));
		assertEquals(Set.of("ARG", "DNK"), one.get(EvaluationField.STATES));
		assertEquals(Set.of("47b|statesParties"), one.get(EvaluationField.RECOMMENDATIONS));
		assertEquals(Set.of("2018-02-09"), one.get(EvaluationField.NOTE_VERBALE_DATES));
		assertEquals(Set.of("KOR"), documents.get(1).get(EvaluationField.STATES));
		assertEquals(Set.of(), documents.get(1).get(EvaluationField.SYMBOLS));
	}

	@Test
	void readsAFileAndNamesItWhenItIsMissing() throws Exception {
		Path file = folder.resolve("annotations.json");
		Files.writeString(file, "{\"documents\": [{\"file\": \"x.txt\", \"dates\": [\"2020-01-31\"]}]}", StandardCharsets.UTF_8);
		assertEquals(Set.of("2020-01-31"), new AnnotationReader().read(file).get(0).get(EvaluationField.DATES));
		Path missing = folder.resolve("missing.json");
		String message = assertThrows(AnnotationException.class, () -> new AnnotationReader().read(missing)).getMessage();
		assertTrue(message.contains("missing.json"), message);
	}

	@Test
	void syntaxErrorsNameLineAndColumn() {
		String message = failure("{\"documents\": [\n  {\"file\": \"x.txt\",}\n]}");
		assertTrue(message.startsWith("a.json, line 2, column 20:"), message);
		assertTrue(failure("{\"documents\": [] } extra").contains("line 1, column 20"));
		assertTrue(failure("{\"documents\": [{\"file\": \"x.txt\n\"}]}").contains("line 1"));
	}

	@Test
	void wrongValuesNameTheirPlace() {
		assertTrue(failure("[]").contains("\"documents\""));
		assertTrue(failure("{\"documents\": [{\"file\": \"x.txt\", \"dates\": [\"9 February 2018\"]}]}")
				.contains("documents[0].dates[0]"));
		assertTrue(failure("{\"documents\": [{\"file\": \"x.txt\", \"states\": [\"Denmark\"]}]}")
				.contains("documents[0].states[0]"));
		assertTrue(failure("{\"documents\": [{\"file\": \"x.txt\", \"symbolsCited\": [\"not a symbol\"]}]}")
				.contains("documents[0].symbolsCited[0]"));
		assertTrue(failure("{\"documents\": [{\"file\": \"x.txt\", \"recommendations\": [{\"paragraph\": 3, \"letter\": \"B\", \"addressee\": \"secretariat\"}]}]}")
				.contains("documents[0].recommendations[0].letter"));
		assertTrue(failure("{\"documents\": [{\"file\": \"x.txt\", \"resolutions\": [{\"number\": \"7/1\", \"body\": \"COSP\"}]}]}")
				.contains("documents[0].resolutions[0].body"));
		assertTrue(failure("{\"documents\": [{\"file\": 3}]}").contains("documents[0].file"));
	}

	@Test
	void readsIndicatorsAsValueAndDate() throws Exception {
		DocumentFacts facts = read("{\"documents\": [{\"file\": \"x.txt\", \"indicators\": "
				+ "[{\"value\": 129, \"asOf\": \"2018-03-27\"}, {\"value\": 7, \"asOf\": \"2019-01-02\"}]}]}").get(0);
		assertEquals(Set.of("129@2018-03-27", "7@2019-01-02"), facts.get(EvaluationField.INDICATORS));
		assertTrue(failure("{\"documents\": [{\"file\": \"x.txt\", \"indicators\": [{\"value\": 3, \"asOf\": \"March 2018\"}]}]}")
				.contains("documents[0].indicators[0].asOf"));
		assertTrue(failure("{\"documents\": [{\"file\": \"x.txt\", \"indicators\": [{\"asOf\": \"2018-03-27\"}]}]}")
				.contains("documents[0].indicators[0].value"));
	}

	@Test
	void readsReiteratedReportsAsNormalizedSymbols() throws Exception {
		DocumentFacts facts = read("{\"documents\": [{\"file\": \"x.txt\", \"reiterated\": [\"ctoc/cop/wg.3/2019/4\"]}]}").get(0);
		assertEquals(Set.of("CTOC/COP/WG.3/2019/4"), facts.get(EvaluationField.REITERATED));
		assertTrue(failure("{\"documents\": [{\"file\": \"x.txt\", \"reiterated\": [\"the third report\"]}]}")
				.contains("documents[0].reiterated[0]"));
	}

	@Test
	void aDocumentMayBeAnnotatedOnlyOnce() {
		String message = failure("{\"documents\": [{\"file\": \"x.txt\"}, {\"file\": \"x.txt\"}]}");
		assertTrue(message.contains("x.txt"), message);
	}

	@Test
	void readsEscapesAndNumbers() throws Exception {
		DocumentFacts facts = read("{\"documents\": [{\"file\": \"\\u4e2d\\\"q\\\".txt\", \"recommendations\": "
				+ "[{\"paragraph\": 12, \"letter\": \"a\", \"addressee\": \"unknown\"}], \"extra\": [1.5e3, -2, true, false]}]}").get(0);
		assertEquals("\u4e2d\"q\".txt", facts.file());
		assertEquals(Set.of("12a|unknown"), facts.get(EvaluationField.RECOMMENDATIONS));
	}
}
