package org.mandateworkbench.ingest.tests.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.ingest.proposal.ImportProposalJsonWriter;
import org.mandateworkbench.ingest.recognize.MeetingDetails;

class ImportProposalJsonWriterTest {

	@Test
	void escapesQuotesBackslashesAndControlCharacters() {
		assertEquals("\"a\\\"b\\\\c\\nd\\u0001e\u4e2d\"", ImportProposalJsonWriter.quote("a\"b\\c\nd\u0001e\u4e2d"));
	}

	@Test
	void writesDocumentedFieldsInOrder() {
		ImportProposal p = new ImportProposal("x.txt", Optional.of(new ImportProposal.Cited<>("A/73/1", 0, 6)), Optional.empty(),
				Optional.of("general"), Optional.of(new ImportProposal.Cited<>(LocalDate.of(2018, 4, 5), 7, 19)), "en",
				Optional.empty(), Optional.of("A"), Optional.empty(), Optional.empty(), "report", Optional.empty(), 2,
				List.of(), List.of(new ImportProposal.Cited<>(new ImportProposal.ResolutionCitation("GA", "71/208", "resolution", 3), 20, 40)),
				List.of(), List.of(new ImportProposal.Cited<>(new ImportProposal.StateRole("DNK", "mentioned"), 41, 48)),
				List.of(), List.of(new ImportProposal.Cited<>(new ImportProposal.NoteVerbaleItem(LocalDate.of(2018, 2, 9), false, List.of("extradition")), 50, 60)),
				List.of(), List.of(), List.of("a problem"),
				new MeetingDetails(8, Optional.of(LocalDate.of(2019, 5, 30)), Optional.of(LocalDate.of(2019, 5, 31)), Optional.of("Vienna")),
				List.of(new ImportProposal.Cited<>(new ImportProposal.OrganizationRole("World Bank", "observer"), 70, 80)),
				List.of(new ImportProposal.Cited<>(new ImportProposal.ReiterationItem(4, List.of("A/72/5", "A/73/5")), 90, 120)));
		String json = new ImportProposalJsonWriter().write(p);
		String expected = """
				{
				  "source": "x.txt",
				  "symbol": "A/73/1",
				  "agendaSymbol": null,
				  "distribution": "general",
				  "date": "2018-04-05",
				  "language": "en",
				  "originalLanguage": null,
				  "body": "A",
				  "meeting": null,
				  "meetingDetails": {
				    "ordinal": 8,
				    "from": "2019-05-30",
				    "to": "2019-05-31",
				    "venue": "Vienna"
				  },
				  "agendaItem": null,
				  "type": "report",
				  "title": null,
				  "paragraphs": 2,
				  "symbolsCited": [],
				  "resolutionsCited": [
				    {
				      "body": "GA",
				      "number": "71/208",
				      "kind": "resolution",
				      "paragraph": 3,
				      "start": 20,
				      "end": 40
				    }
				  ],
				  "articlesCited": [],
				  "states": [
				    {
				      "iso3": "DNK",
				      "role": "mentioned",
				      "start": 41,
				      "end": 48
				    }
				  ],
				  "organizations": [
				    {
				      "name": "World Bank",
				      "role": "observer",
				      "start": 70,
				      "end": 80
				    }
				  ],
				  "recommendations": [],
				  "reiterations": [
				    {
				      "paragraph": 4,
				      "symbols": ["A/72/5", "A/73/5"],
				      "start": 90,
				      "end": 120
				    }
				  ],
				  "notesVerbales": [
				    {
				      "date": "2018-02-09",
				      "reminder": false,
				      "topics": ["extradition"],
				      "start": 50,
				      "end": 60
				    }
				  ],
				  "responses": [],
				  "indicators": [],
				  "problems": ["a problem"]
				}""";
		assertEquals(expected, json);
		assertTrue(json.chars().filter(c -> c == '{').count() == json.chars().filter(c -> c == '}').count());
	}
}
