package org.mandateworkbench.ui.mandate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.StatusChange;
import org.mandateworkbench.model.demo.DemoModel;
import org.mandateworkbench.model.progress.MandateProgress;
import org.mandateworkbench.model.progress.NoteVerbaleProgress;
import org.mandateworkbench.ui.mandate.internal.MandateValidation;
import org.mandateworkbench.ui.mandate.internal.ProgressSummary;
import org.mandateworkbench.ui.mandate.internal.RelatedDocuments;

/** The progress figures, the mandate's validation and its related documents, on the demo model. */
class ProgressSummaryTest {

	private final Mandate exchange = DemoModel.create().getMandates().stream()
			.filter(m -> "mandate-cosp-7-1-information-exchange".equals(m.getId())).findFirst().orElseThrow(); //$NON-NLS-1$

	@Test
	void sumsTheRepliesAndWordsTheFigures() {
		ProgressSummary summary = ProgressSummary.of(MandateProgress.of(exchange, LocalDate.of(2018, 3, 15)));
		assertEquals(1, summary.actionsDone(), "only the note of 9 February 2018 is done by then"); //$NON-NLS-1$
		assertEquals(13, summary.replies());
		NoteVerbaleProgress note = MandateProgress.of(exchange, LocalDate.of(2018, 3, 15)).noteVerbales().getFirst();
		assertEquals(note.addressed().size(), summary.addressed());
		assertEquals(Math.round(note.responseRate().getAsDouble() * 100), summary.percent());
		assertEquals(34, summary.daysSinceLastAction().getAsLong());
		assertFalse(summary.overdue());
		List<String> lines = summary.lines();
		assertEquals("Actions done: 1", lines.get(0)); //$NON-NLS-1$
		assertEquals("Replies / States addressed: 13 / " + summary.addressed(), lines.get(1)); //$NON-NLS-1$
		assertEquals("Response rate: " + summary.percent() + "%", lines.get(2)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("Days since the last action: 34", lines.get(3)); //$NON-NLS-1$
		assertEquals("Not overdue", lines.get(4)); //$NON-NLS-1$
	}

	@Test
	void withoutActionsThereIsNoRateNorLastAction() {
		Mandate empty = MandatesFactory.eINSTANCE.createMandate();
		empty.setDueDate(LocalDate.of(2020, 1, 1));
		ProgressSummary summary = ProgressSummary.of(MandateProgress.of(empty, LocalDate.of(2021, 1, 1)));
		assertEquals(0, summary.percent());
		assertEquals(List.of("Actions done: 0", "Replies / States addressed: 0 / 0", "Response rate: none", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"Days since the last action: none", "Overdue"), summary.lines()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void statusHistoryOutOfOrderIsAnError() {
		assertFalse(MandateValidation.hasErrors(MandateValidation.findings(exchange)));
		StatusChange early = MandatesFactory.eINSTANCE.createStatusChange();
		early.setDate(LocalDate.of(2010, 1, 1));
		early.setStatus(MandateStatus.DISCONTINUED);
		exchange.getStatusChanges().add(early);
		List<MandateValidation.Finding> findings = MandateValidation.findings(exchange);
		assertTrue(MandateValidation.hasErrors(findings));
		assertTrue(findings.getFirst().error());
		assertTrue(findings.getFirst().message().contains("out of date order"), findings.getFirst().message()); //$NON-NLS-1$
	}

	@Test
	void relatedDocumentsComeFromSourcesAndActions() {
		List<RelatedDocuments.Entry> entries = RelatedDocuments.of(exchange);
		List<String> symbols = entries.stream().map(e -> e.document().getSymbol().toString()).toList();
		assertEquals(symbols.stream().sorted().toList(), symbols, "ordered by symbol"); //$NON-NLS-1$
		assertTrue(entries.stream().anyMatch(e -> e.relation() == RelatedDocuments.Relation.ISSUED
				&& "CAC/COSP/EG.1/2019/2".equals(e.document().getSymbol().toString()))); //$NON-NLS-1$
		assertTrue(entries.stream().anyMatch(e -> "47 (a)".equals(e.paragraph()))); //$NON-NLS-1$
	}
}
