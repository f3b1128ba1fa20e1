package org.mandateworkbench.ingest.tests.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ingest.proposal.ImportAnalyzer;
import org.mandateworkbench.ingest.proposal.ImportProposal;
import org.mandateworkbench.ingest.proposal.ImportProposal.Cited;
import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.model.symbol.DocumentSymbol;

/** A symbol entered by hand for a document that prints none, on a fixture text written for this test. */
class EnteredSymbolTest {

	private static final ImportAnalyzer ANALYZER = new ImportAnalyzer(StateCatalog.standard());

	/** A report without its own symbol line; it cites the symbol the user will enter, and another one. */
	private static final String WITHOUT_SYMBOL = """
			Report of the tenth meeting of the working group, held in Vienna on 3 and 4 May 2021

			I. Introduction

			1. The working group met twice. Its earlier report is CAC/COSP/WG.9/2020/4.
			2. This report, CAC/COSP/WG.9/2021/4, summarizes the discussion.
			""";

	@Test
	void theEnteredSymbolBecomesTheDocumentsOwnAndItsBody() {
		ImportProposal read = ANALYZER.analyze("report.txt", WITHOUT_SYMBOL);
		assertTrue(read.symbol().isEmpty());
		assertFalse(read.problems().isEmpty(), "the analyzer asks for a symbol");

		ImportProposal entered = read.withSymbol("cac/cosp/wg.9/2021/4");

		assertEquals(Optional.of(new Cited<>("CAC/COSP/WG.9/2021/4", 0, 0)), entered.symbol());
		assertTrue(read.body().isEmpty(), "the fixture names no conference");
		assertEquals(DocumentSymbol.tryParse("CAC/COSP/WG.9/2021/4").map(DocumentSymbol::bodyPrefix), entered.body());
		assertTrue(entered.symbolsCited().stream().noneMatch(c -> c.value().equals("CAC/COSP/WG.9/2021/4")),
				entered.symbolsCited().toString());
		assertTrue(entered.symbolsCited().stream().anyMatch(c -> c.value().equals("CAC/COSP/WG.9/2020/4")));
		assertEquals(read.problems().size() - 1, entered.problems().size(), entered.problems().toString());
		assertEquals(read.paragraphs(), entered.paragraphs());
		assertEquals(read.language(), entered.language());
	}

	@Test
	void refusesTextThatIsNoSymbol() {
		ImportProposal read = ANALYZER.analyze("report.txt", WITHOUT_SYMBOL);
		assertThrows(IllegalArgumentException.class, () -> read.withSymbol("not a symbol"));
	}
}
