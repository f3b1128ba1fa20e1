package org.mandateworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ui.internal.table.NaturalTextComparator;
import org.mandateworkbench.ui.internal.table.TextRowFilter;

class TextRowFilterTest {

	private static final List<List<String>> ROWS = List.of(List.of("CAC/COSP/EG.1", "47 (f)", "Secretariat"),
			List.of("CAC/COSP/EG.1", "12", "All States parties, Secretariat"),
			List.of("CTOC/COP/WG.3", "2 (a)", "All States parties"));

	private final TextRowFilter<List<String>> filter = new TextRowFilter<>(List::get, 3);

	@Test
	void blankFiltersKeepEveryRow() {
		assertSame(ROWS, filter.apply(ROWS, "  ", Map.of(0, "", 2, " ")));
	}

	@Test
	void freeFilterMatchesAnyColumnIgnoringCase() {
		assertEquals(List.of(ROWS.get(0)), filter.apply(ROWS, "47", Map.of()));
		assertEquals(List.of(ROWS.get(2)), filter.apply(ROWS, "ctoc", Map.of()));
	}

	@Test
	void columnFiltersMustAllMatchTheirColumn() {
		assertEquals(List.of(ROWS.get(0), ROWS.get(1)), filter.apply(ROWS, "", Map.of(2, "secretariat")));
		assertEquals(List.of(ROWS.get(1)), filter.apply(ROWS, "", Map.of(2, "Secretariat", 1, "12")));
		assertEquals(List.of(), filter.apply(ROWS, "", Map.of(0, "Secretariat")));
	}

	@Test
	void freeAndColumnFiltersCombine() {
		assertEquals(List.of(ROWS.get(1)), filter.apply(ROWS, "all states", Map.of(2, "Secretariat")));
	}

	@Test
	void naturalOrderPutsNumbersByValueAndTextByCollator() {
		List<String> texts = new ArrayList<>(List.of("10", "9", "b", "A", "100", "a"));
		texts.sort(new NaturalTextComparator(Collator.getInstance(Locale.ENGLISH)));
		assertEquals(List.of("9", "10", "100", "a", "A", "b"), texts);
	}
}
