package org.mandateworkbench.ingest.tests.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandateworkbench.ingest.recognize.ResolutionReference;
import org.mandateworkbench.ingest.recognize.ResolutionReferenceRecognizer;

class ResolutionReferenceRecognizerTest {

	private final ResolutionReferenceRecognizer recognizer = new ResolutionReferenceRecognizer();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"在第 7/1 号决议中|第 7/1 号决议|RESOLUTION||7/1|0",
			"依照第2/2号决定|第2/2号决定|DECISION||2/2|0",
			"见大会第 71/208 号决议|大会第 71/208 号决议|RESOLUTION|GA|71/208|0",
			"第 7/1 号决议第 27 段请|第 7/1 号决议第 27 段|RESOLUTION||7/1|27",
			"如第 27 段所述|第 27 段|PARAGRAPH|||27",
			"In resolution 7/1, the|resolution 7/1|RESOLUTION||7/1|0",
			"by General Assembly resolution 71/208.|General Assembly resolution 71/208|RESOLUTION|GA|71/208|0",
			"in decision 5/1.|decision 5/1|DECISION||5/1|0",
			"see paragraph 27 of resolution 7/1.|paragraph 27 of resolution 7/1|RESOLUTION||7/1|27",
			"resolution 4/2, paragraph 3, says|resolution 4/2, paragraph 3|RESOLUTION||4/2|3",
			"as in paragraph 27 above|paragraph 27|PARAGRAPH|||27" })
	void readsCitations(String text, String span, ResolutionReference.Kind kind, String body, String number, int paragraph) {
		List<ResolutionReference> found = recognizer.recognize(text);
		assertEquals(1, found.size(), () -> text + " -> " + found);
		ResolutionReference r = found.get(0);
		assertEquals(span, text.substring(r.start(), r.end()));
		assertEquals(kind, r.kind());
		assertEquals(body == null ? "" : body, r.body());
		assertEquals(number == null ? "" : number, r.number());
		assertEquals(paragraph, r.paragraph());
	}

	@Test
	void paragraphOfAnArticleIsNotAParagraphCitation() {
		assertEquals(List.of(), recognizer.recognize("article 46, paragraph 4, of the Convention"));
	}

	@Test
	void findsSeveralInTextOrder() {
		List<ResolutionReference> found = recognizer.recognize("第 4/2 号决议和 resolution 5/1 以及第 6/1 号决议");
		assertEquals(List.of("4/2", "5/1", "6/1"), found.stream().map(ResolutionReference::number).toList());
	}
}
