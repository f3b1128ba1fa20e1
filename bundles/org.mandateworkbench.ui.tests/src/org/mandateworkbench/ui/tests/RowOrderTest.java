package org.mandateworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ui.internal.table.NaturalTextComparator;
import org.mandateworkbench.ui.internal.table.RowOrder;

class RowOrderTest {

	private static final Comparator<String> NATURAL = new NaturalTextComparator(Collator.getInstance(Locale.ENGLISH));

	@Test
	void sortsStablyAscendingAndDescending() {
		List<String> keys = List.of("10", "9", "b", "9", "a");
		assertArrayEquals(new int[] { 1, 3, 0, 4, 2 }, RowOrder.sort(keys, NATURAL, false));
		// equal keys keep their given order when reversed too
		assertArrayEquals(new int[] { 2, 4, 0, 1, 3 }, RowOrder.sort(keys, NATURAL, true));
	}

	@Test
	void withoutAFilterEveryRowIsKeptInOrder() {
		int[] order = { 2, 0, 1 };
		assertSame(order, RowOrder.keptInOrder(order, null));
		assertArrayEquals(new int[] { 2, 1 }, RowOrder.keptInOrder(order, new int[] { 1, 2 }));
		assertArrayEquals(new int[0], RowOrder.keptInOrder(order, new int[0]));
	}

	@Test
	void seededRandomPickingFromTheOrderEqualsSortingTheKeptRows() {
		Random random = new Random(42);
		for (int round = 0; round < 50; round++) {
			List<String> keys = new ArrayList<>();
			for (int i = random.nextInt(300); i > 0; i--) {
				keys.add(random.nextBoolean() ? String.valueOf(random.nextInt(30)) : "k" + (char) ('a' + random.nextInt(5)));
			}
			int[] kept = IntStream.range(0, keys.size()).filter(i -> random.nextInt(3) == 0).toArray();
			boolean descending = random.nextBoolean();
			Comparator<String> byText = descending ? NATURAL.reversed() : NATURAL;
			// what sorting the kept rows after filtering gives (List.sort is stable)
			List<Integer> expected = new ArrayList<>(IntStream.of(kept).boxed().toList());
			expected.sort((a, b) -> byText.compare(keys.get(a), keys.get(b)));
			int[] picked = RowOrder.keptInOrder(RowOrder.sort(keys, NATURAL, descending), kept);
			assertEquals(expected, IntStream.of(picked).boxed().toList());
		}
	}
}
