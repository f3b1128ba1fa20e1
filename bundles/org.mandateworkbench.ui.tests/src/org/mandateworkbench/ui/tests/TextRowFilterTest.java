package org.mandateworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

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
	void typingOnAndBackMatchesAFreshFilterEveryTime() {
		List<String> typed = List.of("s", "se", "sec", "secr", "sec", "", "a", "al", "all ", "all s", "12", "1");
		for (String text : typed) {
			assertEquals(naive(ROWS, text, Map.of()), filter.apply(ROWS, text, Map.of()), text);
			assertEquals(naive(ROWS, text, Map.of(2, "states")), filter.apply(ROWS, text, Map.of(2, "states")), text);
		}
	}

	@Test
	void seededRandomFiltersAgreeWithAPlainScan() {
		Random random = new Random(20260701);
		String letters = "abcs 1247/."; //$NON-NLS-1$
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			rows.add(List.of(word(random, letters), word(random, letters), word(random, letters)));
		}
		String any = ""; //$NON-NLS-1$
		for (int step = 0; step < 400; step++) {
			// mostly typing on, sometimes deleting or starting over, sometimes a column filter
			int move = random.nextInt(10);
			any = move < 6 ? any + letters.charAt(random.nextInt(letters.length()))
					: move < 8 && !any.isEmpty() ? any.substring(0, any.length() - 1) : ""; //$NON-NLS-1$
			Map<Integer, String> columns = move == 9 ? Map.of(random.nextInt(3), String.valueOf(letters.charAt(random.nextInt(4))))
					: Map.of();
			assertEquals(naive(rows, any, columns), filter.apply(rows, any, columns), any + ' ' + columns);
		}
	}

	private static String word(Random random, String letters) {
		StringBuilder word = new StringBuilder();
		for (int i = random.nextInt(8); i >= 0; i--) {
			word.append(letters.charAt(random.nextInt(letters.length())));
		}
		return random.nextBoolean() ? word.toString().toUpperCase(Locale.ROOT) : word.toString();
	}

	private static List<List<String>> naive(List<List<String>> rows, String any, Map<Integer, String> columns) {
		String wanted = any.strip().toLowerCase(Locale.ROOT);
		return rows.stream()
				.filter(row -> columns.entrySet().stream().allMatch(
						c -> row.get(c.getKey()).strip().toLowerCase(Locale.ROOT).contains(c.getValue().strip().toLowerCase(Locale.ROOT))))
				.filter(row -> wanted.isEmpty() || row.stream().anyMatch(t -> t.strip().toLowerCase(Locale.ROOT).contains(wanted)))
				.toList();
	}

	@Test
	void naturalOrderPutsNumbersByValueAndTextByCollator() {
		List<String> texts = new ArrayList<>(List.of("10", "9", "b", "A", "100", "a"));
		texts.sort(new NaturalTextComparator(Collator.getInstance(Locale.ENGLISH)));
		assertEquals(List.of("9", "10", "100", "a", "A", "b"), texts);
	}
}
