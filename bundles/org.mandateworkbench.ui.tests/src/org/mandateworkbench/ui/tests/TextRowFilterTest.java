package org.mandateworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
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
		String letters = "abcsABC 1247/.\u79d8\u4e66"; //$NON-NLS-1$
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			rows.add(List.of(word(random, letters), word(random, letters), word(random, letters)));
		}
		String any = ""; //$NON-NLS-1$
		Map<Integer, String> columns = Map.of();
		for (int step = 0; step < 2_000; step++) {
			// mostly typing on, sometimes deleting or starting over, sometimes a column filter
			int move = random.nextInt(10);
			any = move < 6 ? any + letters.charAt(random.nextInt(letters.length()))
					: move < 8 && !any.isEmpty() ? any.substring(0, any.length() - 1) : ""; //$NON-NLS-1$
			// the column filters change too: added, narrowed and widened
			if (move == 9) {
				int column = random.nextInt(3);
				String before = columns.getOrDefault(column, ""); //$NON-NLS-1$
				String after = random.nextBoolean() ? before + letters.charAt(random.nextInt(4))
						: before.isEmpty() ? "" : before.substring(1); //$NON-NLS-1$
				columns = new HashMap<>(columns);
				columns.put(column, after);
			}
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
	void selectGivesAscendingPositionsAndNullWhenBlank() {
		assertNull(filter.select(ROWS, " ", Map.of(1, "")));
		assertArrayEquals(new int[] { 0, 1 }, filter.select(ROWS, "cac", Map.of()));
		assertArrayEquals(new int[] { 1, 2 }, filter.select(ROWS, "", Map.of(2, "all")));
	}

	@Test
	void aFreeFilterNeverMatchesAcrossTwoCells() {
		List<List<String>> rows = List.of(List.of("ab", "cd", "ef"), List.of("abcd", "", "x"));
		TextRowFilter<List<String>> twoCells = new TextRowFilter<>(List::get, 3);
		assertEquals(List.of(rows.get(1)), twoCells.apply(rows, "bc", Map.of()));
		assertEquals(List.of(), twoCells.apply(rows, "b\u0000c", Map.of()));
		assertEquals(List.of(), twoCells.apply(rows, "", Map.of(0, "abc", 2, "e")));
		assertEquals(List.of(rows.get(0)), twoCells.apply(rows, "", Map.of(1, "cd", 2, "ef")));
	}

	@Test
	void aFilterWithTheIndexSeparatorMatchesOnlyCellsHoldingIt() {
		List<List<String>> rows = List.of(List.of("a\u0000b", "c"), List.of("a", "b"));
		TextRowFilter<List<String>> withSeparator = new TextRowFilter<>(List::get, 2);
		assertEquals(List.of(rows.get(0)), withSeparator.apply(rows, "a\u0000b", Map.of()));
		assertEquals(List.of(rows.get(0)), withSeparator.apply(rows, "", Map.of(0, "\u0000b")));
		assertEquals(List.of(), withSeparator.apply(rows, "", Map.of(1, "\u0000")));
	}

	@Test
	void chineseTextAndCaseMatchAsTyped() {
		List<List<String>> rows = List.of(List.of("\u79d8\u4e66\u5904", "CAC/COSP"), List.of("\u7f14\u7ea6\u56fd", "Secretariat"),
				List.of("\u79d8\u4e66\u957f", "\u00c9TATS"));
		TextRowFilter<List<String>> chinese = new TextRowFilter<>(List::get, 2);
		assertEquals(List.of(rows.get(0), rows.get(2)), chinese.apply(rows, "\u79d8\u4e66", Map.of()));
		assertEquals(List.of(rows.get(0)), chinese.apply(rows, "\u79d8\u4e66\u5904", Map.of()));
		assertEquals(List.of(rows.get(0), rows.get(2)), chinese.apply(rows, "\u79d8", Map.of()));
		assertEquals(List.of(rows.get(1)), chinese.apply(rows, "SECRET", Map.of()));
		assertEquals(List.of(rows.get(2)), chinese.apply(rows, "\u00e9tats", Map.of()));
		assertEquals(List.of(rows.get(0)), chinese.apply(rows, " cac/ ", Map.of(0, "\u5904")));
	}

	@Test
	void aLongerTextFoundFurtherOnInTheRowThanTheShorterOne() {
		List<List<String>> rows = List.of(List.of("ab abc", "x"), List.of("xbc abc", "x"), List.of("abd", "abc"));
		TextRowFilter<List<String>> typing = new TextRowFilter<>(List::get, 2);
		for (String text : List.of("a", "ab", "abc", "ab", "abd", "b", "bc", "abc", "xabc", "bc", "c abc")) {
			assertEquals(naive(rows, text, Map.of()), typing.apply(rows, text, Map.of()), text);
		}
	}

	@Test
	void anIndexBuiltInSlicesFiltersLikeOneBuiltAtOnce() {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			rows.add(List.of("row " + i, i % 3 == 0 ? "Secretariat" : "States parties", "\u7b2c" + i));
		}
		TextRowFilter<List<String>> sliced = new TextRowFilter<>(List::get, 3);
		int slices = 1;
		while (!sliced.index(rows, 0)) {
			slices++;
		}
		assertTrue(slices > 1, "a zero time budget builds the index in several slices"); //$NON-NLS-1$
		assertEquals(naive(rows, "secretariat", Map.of()), sliced.apply(rows, "secretariat", Map.of()));
		assertEquals(naive(rows, "99", Map.of(2, "\u7b2c")), sliced.apply(rows, "99", Map.of(2, "\u7b2c")));
		// a new list (the model changed) is indexed afresh
		List<List<String>> changed = new ArrayList<>(rows.subList(0, 10));
		assertEquals(naive(changed, "row 1", Map.of()), sliced.apply(changed, "row 1", Map.of()));
	}

	@Test
	void typingPastTheKeptStepsAndDeletingBackMatchesAFreshFilter() {
		Random random = new Random(7);
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			rows.add(List.of(word(random, "aab") + word(random, "aab") + word(random, "aab"), word(random, "ab"), "b"));
		}
		String typed = "a".repeat(20) + "b".repeat(20); //$NON-NLS-1$ //$NON-NLS-2$
		for (int length = 1; length <= typed.length(); length++) {
			String text = typed.substring(0, length);
			assertEquals(naive(rows, text, Map.of()), filter.apply(rows, text, Map.of()), text);
		}
		for (int length = typed.length() - 1; length >= 0; length--) {
			String text = typed.substring(0, length);
			assertEquals(naive(rows, text, Map.of()), filter.apply(rows, text, Map.of()), text);
		}
	}

	@Test
	void naturalOrderPutsNumbersByValueAndTextByCollator() {
		List<String> texts = new ArrayList<>(List.of("10", "9", "b", "A", "100", "a"));
		texts.sort(new NaturalTextComparator(Collator.getInstance(Locale.ENGLISH)));
		assertEquals(List.of("9", "10", "100", "a", "A", "b"), texts);
	}
}
