package org.mandateworkbench.ui.mandate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.RegionalGroup;
import org.mandateworkbench.model.demo.DemoModel;
import org.mandateworkbench.model.progress.NoteVerbaleProgress;
import org.mandateworkbench.ui.mandate.internal.ResponseMatrix;
import org.mandateworkbench.ui.mandate.internal.ResponseMatrix.CellState;
import org.mandateworkbench.ui.mandate.internal.ResponseMatrix.Sort;
import org.mandateworkbench.ui.mandate.internal.ResponseMatrixDataProvider;

/** The responses matrix on the demo model: the 13 replies to the note of 9 February 2018 by 15 March 2018. */
class ResponseMatrixTest {

	private static final LocalDate MARCH_15 = LocalDate.of(2018, 3, 15);

	private final MandateWorkspace workspace = DemoModel.create();
	private final Mandate exchange = workspace.getMandates().stream()
			.filter(m -> "mandate-cosp-7-1-information-exchange".equals(m.getId())).findFirst().orElseThrow(); //$NON-NLS-1$

	private ResponseMatrix matrix(LocalDate asOf, RegionalGroup group, Sort sort) {
		return ResponseMatrix.of(exchange, asOf, group, sort, state -> state.getIsoCode());
	}

	private static long count(ResponseMatrix matrix, CellState state) {
		return IntStream.range(0, matrix.rows().size()).filter(r -> matrix.rows().get(r).state() != null)
				.filter(r -> matrix.cell(r, 0).state() == state).count();
	}

	@Test
	void thirteenRepliesByMarch15ElevenOfThemFromNamedStates() {
		ResponseMatrix matrix = matrix(MARCH_15, null, Sort.STATE);
		assertEquals(1, matrix.notes().size(), "the note of 17 December 2018 is not sent yet"); //$NON-NLS-1$
		assertEquals(LocalDate.of(2018, 2, 9), matrix.notes().getFirst().getDate());
		assertEquals(13, matrix.receivedCount(0));
		assertEquals(11, count(matrix, CellState.RECEIVED));
		ResponseMatrix.Row last = matrix.rows().getLast();
		assertNull(last.state(), "the replies without a State have the last row"); //$NON-NLS-1$
		ResponseMatrix.Cell unnamed = matrix.cell(matrix.rows().size() - 1, 0);
		assertEquals(CellState.RECEIVED, unnamed.state());
		assertEquals(2, unnamed.responses().size());
		NoteVerbaleProgress progress = NoteVerbaleProgress.of(matrix.notes().getFirst(), MARCH_15);
		assertEquals(progress.addressed().size(), matrix.addressedCount(0));
		assertEquals(progress.outstanding().size(), count(matrix, CellState.OUTSTANDING));
	}

	@Test
	void countsDependOnTheDate() {
		assertEquals(0, matrix(MARCH_15.minusDays(1), null, Sort.STATE).receivedCount(0));
		assertEquals(0, count(matrix(MARCH_15.minusDays(1), null, Sort.STATE), CellState.RECEIVED));
		ResponseMatrix may = matrix(LocalDate.of(2018, 5, 15), null, Sort.STATE);
		assertEquals(14, may.receivedCount(0), "the illustrative late reply counts from 15 May 2018"); //$NON-NLS-1$
		assertEquals(3, may.cell(may.rows().size() - 1, 0).responses().size());
		assertEquals(2, matrix(LocalDate.of(2019, 1, 1), null, Sort.STATE).notes().size());
		assertTrue(matrix(LocalDate.of(2018, 2, 8), null, Sort.STATE).notes().isEmpty());
	}

	@Test
	void sortingByReplyTimePutsRepliesFirst() {
		ResponseMatrix matrix = matrix(MARCH_15, null, Sort.REPLY_TIME);
		for (int row = 0; row < 11; row++) {
			assertEquals(CellState.RECEIVED, matrix.cell(row, 0).state(), matrix.rows().get(row).toString());
		}
		assertEquals(CellState.OUTSTANDING, matrix.cell(11, 0).state());
		ResponseMatrix byName = matrix(MARCH_15, null, Sort.STATE);
		List<String> names = byName.rows().stream().filter(r -> r.state() != null).map(ResponseMatrix.Row::name).toList();
		assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);
	}

	@ParameterizedTest
	@EnumSource(RegionalGroup.class)
	void filteringByGroupKeepsOnlyItsStates(RegionalGroup group) {
		ResponseMatrix all = matrix(MARCH_15, null, Sort.STATE);
		ResponseMatrix filtered = matrix(MARCH_15, group, Sort.STATE);
		assertTrue(filtered.rows().stream().allMatch(r -> r.state() != null && r.state().getRegionalGroup() == group));
		assertEquals(all.rows().stream().filter(r -> r.state() != null && r.state().getRegionalGroup() == group).count(),
				filtered.rows().size());
		assertEquals(13, filtered.receivedCount(0), "the total counts every reply whatever the filter"); //$NON-NLS-1$
	}

	@Test
	void dataProviderTextsAndTotals() {
		ResponseMatrixDataProvider data = new ResponseMatrixDataProvider(matrix(MARCH_15, null, Sort.REPLY_TIME));
		assertEquals(1, data.getColumnCount());
		assertEquals(data.matrix().rows().size() + 1, data.getRowCount());
		assertEquals("Received 2018-03-15", data.getDataValue(0, 0)); //$NON-NLS-1$
		assertEquals("Outstanding", data.getDataValue(0, 11)); //$NON-NLS-1$
		assertEquals("2 received", data.getDataValue(0, data.getRowCount() - 2)); //$NON-NLS-1$
		assertEquals("13 received / " + data.matrix().addressedCount(0) + " addressed", data.getDataValue(0, data.getRowCount() - 1)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("Total", data.rowHeader().getDataValue(0, data.getRowCount() - 1)); //$NON-NLS-1$
		assertEquals("Replies without a State", data.rowHeader().getDataValue(0, data.getRowCount() - 2)); //$NON-NLS-1$
		assertEquals("ARG", data.rowHeader().getDataValue(0, 0)); //$NON-NLS-1$
		assertEquals("2018-02-09", data.columnHeader(n -> n.getDate().toString()).getDataValue(0, 0)); //$NON-NLS-1$
	}
}
