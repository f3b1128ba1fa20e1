package org.mandateworkbench.ui.dashboard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.ui.dashboard.internal.AsOfDates;
import org.mandateworkbench.ui.dashboard.internal.CategoryLabels;

/** How bar labels are fitted to their slots, and how the dashboard's date is stored and restored. */
class DashboardLayoutRulesTest {

	/** 7 pixels a Latin letter, 14 a Chinese character, like the dialog font. */
	private static final ToIntFunction<String> WIDTH = text -> text.codePoints().map(c -> c < 0x2E80 ? 7 : 14).sum();
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Test
	void labelsThatFitStayFullAndHorizontal() {
		List<String> statuses = List.of("\u5f85\u529e", "\u8fdb\u884c\u4e2d", "\u5df2\u5b8c\u6210"); // 待办 进行中 已完成
		CategoryLabels fitted = CategoryLabels.fit(statuses, 60, 100, WIDTH);
		assertEquals(statuses, fitted.shown());
		assertEquals(0, fitted.angle());
	}

	@Test
	void oneLabelTooWideSlantsAllAndShortensOnlyTheLongOnesAtAWord() {
		List<String> groups = List.of("African", "Asia-Pacific", "Latin American and Caribbean");
		CategoryLabels fitted = CategoryLabels.fit(groups, 80, 112, WIDTH);
		assertEquals(CategoryLabels.SLANT, fitted.angle());
		assertEquals(List.of("African", "Asia-Pacific", "Latin American\u2026"), fitted.shown());
	}

	@Test
	void aLabelWithoutUsefulSpaceIsCutInsideTheWord() {
		String label = "\u62c9\u4e01\u7f8e\u6d32\u548c\u52a0\u52d2\u6bd4\u56fd\u5bb6\u7ec4"; // 拉丁美洲和加勒比国家组
		CategoryLabels fitted = CategoryLabels.fit(List.of(label), 40, 60, WIDTH);
		assertEquals("\u62c9\u4e01\u7f8e\u2026", fitted.shown().get(0));
	}

	@Test
	void shortenedLabelsAlwaysFitAndStartLikeTheFullName() {
		Random random = new Random(6);
		for (int run = 0; run < 500; run++) {
			StringBuilder label = new StringBuilder();
			int words = 1 + random.nextInt(5);
			for (int w = 0; w < words; w++) {
				label.append(w == 0 ? "" : " ");
				int letters = 1 + random.nextInt(12);
				for (int l = 0; l < letters; l++) {
					label.append(random.nextBoolean() ? (char) ('a' + random.nextInt(26)) : (char) (0x4E00 + random.nextInt(500)));
				}
			}
			int max = 30 + random.nextInt(150);
			String full = label.toString();
			String shown = CategoryLabels.fit(List.of(full), 10, max, WIDTH).shown().get(0);
			assertTrue(WIDTH.applyAsInt(shown) <= max, full + " -> " + shown + " in " + max);
			String start = shown.endsWith("\u2026") ? shown.substring(0, shown.length() - 1) : shown;
			assertTrue(full.startsWith(start), full + " -> " + shown);
			assertTrue(!start.isEmpty(), full);
		}
	}

	@Test
	void theDateFollowsTodayUnlessAnotherDayWasChosen() {
		assertEquals(TODAY, AsOfDates.restore("", TODAY));
		assertEquals(TODAY, AsOfDates.restore(null, TODAY));
		assertEquals(LocalDate.of(2018, 3, 15), AsOfDates.restore(" 2018-03-15 ", TODAY));
		assertEquals(TODAY, AsOfDates.restore("15/03/2018", TODAY), "an unreadable value falls back to today");
		assertEquals("2018-03-15", AsOfDates.toStore(LocalDate.of(2018, 3, 15), TODAY));
		assertEquals("", AsOfDates.toStore(TODAY, TODAY), "today is not pinned");
		assertEquals(LocalDate.of(2018, 3, 15), AsOfDates.restore(AsOfDates.toStore(LocalDate.of(2018, 3, 15), TODAY), TODAY));
	}
}
