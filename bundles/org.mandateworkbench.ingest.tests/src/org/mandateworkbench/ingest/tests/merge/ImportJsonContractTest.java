package org.mandateworkbench.ingest.tests.merge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.proposal.ImportAnalyzer;
import org.mandateworkbench.ingest.proposal.ImportProposalJsonWriter;
import org.mandateworkbench.model.reference.StateCatalog;

/** The JSON of {@code mwb import --json} carries every field of the contract in docs/import-json.md. */
class ImportJsonContractTest {

	private static final List<String> TOP_LEVEL = List.of("symbol", "distribution", "date", "language",
			"originalLanguage", "body", "meeting", "meetingDetails", "agendaItem", "type", "title", "paragraphs", "symbolsCited",
			"resolutionsCited", "articlesCited", "states", "organizations", "recommendations", "reiterations", "notesVerbales", "responses", "indicators",
			"problems");

	private static String json(String text) {
		return new ImportProposalJsonWriter().write(new ImportAnalyzer(StateCatalog.standard()).analyze("f.txt", text));
	}

	@Test
	void everyContractFieldIsWrittenWithItsElementFields() {
		for (String text : List.of(MergeFixtures.ENGLISH, MergeFixtures.CHINESE)) {
			String json = json(text);
			for (String field : TOP_LEVEL) {
				assertTrue(Pattern.compile("^  \"" + field + "\": ", Pattern.MULTILINE).matcher(json).find(),
						field + " in " + json);
			}
			assertElement(json, "resolutionsCited", "body", "number", "paragraph");
			assertElement(json, "states", "iso3", "role");
			assertElement(json, "recommendations", "paragraph", "letter", "addressee", "text");
			assertElement(json, "notesVerbales", "date", "topics");
			assertElement(json, "responses", "iso3", "topic", "paragraph");
			assertElement(json, "indicators", "name", "value", "asOf");
			assertTrue(json.contains("\"date\": \"2020-07-15\""), "ISO date: " + json);
		}
	}

	@Test
	void aDocumentWithoutHeaderStillHasEveryFieldWithNullsAndProblems() {
		String json = json("Just a line of text.\n");
		for (String field : TOP_LEVEL) {
			assertTrue(json.contains("\"" + field + "\": "), field + " in " + json);
		}
		assertTrue(json.contains("\"symbol\": null"), json);
		assertTrue(Pattern.compile("\"problems\": \\[\"").matcher(json).find(), json);
	}

	/** The first element of the array holds each field. */
	private static void assertElement(String json, String array, String... fields) {
		Matcher m = Pattern.compile("\"" + array + "\": \\[\\s*\\{(.*?)\\}", Pattern.DOTALL).matcher(json);
		assertTrue(m.find(), array + " has an element in " + json);
		for (String field : fields) {
			assertTrue(m.group(1).contains("\"" + field + "\": "), array + "." + field + " in " + m.group(1));
		}
	}
}
