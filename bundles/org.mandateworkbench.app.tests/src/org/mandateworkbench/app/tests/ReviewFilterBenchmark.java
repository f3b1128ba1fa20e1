package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.Addressees;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MandatesPackage.Literals;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.progress.OutstandingRecommendations;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.WidgetIds;

/**
 * Not a test but the P7 benchmark run by releng/bench/ui-review: in the Bureau layout's review
 * table, the time from a filter keystroke to the repainted table (the filter's modify listener,
 * NatTable's refresh, the event loop run until idle and a full paint of the table into an image),
 * and the time per page scroll, measured the same way; each as wall-clock time and as the CPU time
 * of the UI thread, which a loaded machine distorts less. Measured first with 1k generated
 * recommendations added to the demo workspace (the baseline), then with 100k; prints p50/p95 of each
 * and their ratios. Asserts only that the generated rows reached the table.
 */
class ReviewFilterBenchmark {

	private static final int BASELINE_ROWS = 1_000;
	private static final int LARGE_ROWS = 100_000;
	private static final int PER_MEETING = 1_000;
	/** The age column's position in the grid: after the row-number column. */
	private static final int AGE_POSITION = 8;
	/** "Status" in the Group by combo. */
	private static final int GROUP_BY_STATUS = 3;
	private static final int PAGES = Integer.getInteger("mwb.bench.pages", 40); //$NON-NLS-1$
	/** Typed one character at a time, each word then cleared: 44 keystrokes per pass. */
	private static final List<String> WORDS = List.of("secretariat", "technical assistance", "2017", "asset recovery"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final List<String> TOPICS = List.of("technical assistance", "asset recovery", "international cooperation", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"prevention", "criminalization", "training of officials", "statistics"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@Test
	void filtersAndScrollsTheReviewTable() throws Exception {
		try (RunningWorkbench workbench = RunningWorkbench.startInLanguage("en")) { //$NON-NLS-1$
			// generating, indexing and measuring 100k rows take longer than the robot's usual waits
			SwtRobot robot = workbench.robot().withUiTimeout(Duration.ofMinutes(10)).withTimeout(Duration.ofMinutes(5));
			robot.toolItem("Bureau").click(); //$NON-NLS-1$
			ModelStore store = robot.syncExec("find the store", () -> workbench.window().getContext().get(ModelStore.class)); //$NON-NLS-1$
			NatTable table = (NatTable) robot.natTableWithId(WidgetIds.REVIEW_TABLE).widget();
			Text filter = (Text) robot.textWithId(WidgetIds.REVIEW_FILTER).widget();

			int small = generate(robot, store, "bench-small", BASELINE_ROWS); //$NON-NLS-1$
			Figures baseline = measure(robot, table, filter, small);
			int large = generate(robot, store, "bench-large", LARGE_ROWS - BASELINE_ROWS); //$NON-NLS-1$
			Figures measured = measure(robot, table, filter, large);
			Combo groupBy = robot.comboWithId(WidgetIds.REVIEW_GROUP_BY).widget();
			String sortedGrouped = measureSortedAndGrouped(robot, table, filter, groupBy, large);

			print(String.format(Locale.ROOT, "rows: baseline %d, measured %d (outstanding recommendations in the table)", //$NON-NLS-1$
					small, large));
			print(baseline.describe("baseline " + small)); //$NON-NLS-1$
			print(measured.describe("measured " + large)); //$NON-NLS-1$
			print(sortedGrouped);
			print(String.format(Locale.ROOT,
					"ratio measured/baseline: keystroke p50 %.2f (CPU %.2f), page scroll p50 %.2f (CPU %.2f)", //$NON-NLS-1$
					measured.keystrokes.p50() / baseline.keystrokes.p50(), measured.keystrokesCpu.p50() / baseline.keystrokesCpu.p50(),
					measured.scrolls.p50() / baseline.scrolls.p50(), measured.scrollsCpu.p50() / baseline.scrollsCpu.p50()));
			print(String.format(Locale.ROOT,
					"target P7: keystroke to repaint <= 100 ms at %d rows: p50 %s, p95 %s (UI thread CPU: p50 %s, p95 %s)", //$NON-NLS-1$
					large, met(measured.keystrokes.p50()), met(measured.keystrokes.p95()), met(measured.keystrokesCpu.p50()),
					met(measured.keystrokesCpu.p95())));
		}
	}

	/** Adds a body with meetings holding the recommendations as one command; returns the rows the table then counts. */
	private static int generate(SwtRobot robot, ModelStore store, String prefix, int count) {
		int expected = robot.syncExec("generate recommendations", () -> { //$NON-NLS-1$
			MandatesFactory factory = MandatesFactory.eINSTANCE;
			Body body = factory.createBody();
			body.setId(prefix);
			body.setAcronym(prefix.toUpperCase(Locale.ROOT));
			body.setName(MultilingualTextQuery.of("en", "Generated body " + prefix)); //$NON-NLS-1$ //$NON-NLS-2$
			for (int m = 0; m * PER_MEETING < count; m++) {
				Meeting meeting = factory.createMeeting();
				meeting.setId(prefix + "-meeting-" + m); //$NON-NLS-1$
				meeting.setOrdinal(m + 1);
				LocalDate start = LocalDate.of(2005 + m % 20, 1 + m % 12, 10);
				meeting.setStartDate(start);
				meeting.setEndDate(start.plusDays(4));
				body.getMeetings().add(meeting);
				for (int r = 0; r < PER_MEETING && m * PER_MEETING + r < count; r++) {
					meeting.getRecommendations().add(recommendation(factory, meeting.getId(), m * PER_MEETING + r, r));
				}
			}
			store.execute(AddCommand.create(store.editingDomain(), store.root(), Literals.MANDATE_WORKSPACE__BODIES, body));
			return OutstandingRecommendations.of(store.root(), LocalDate.now()).size();
		});
		Label counter = (Label) robot.labelWithId(WidgetIds.REVIEW_COUNT).widget();
		robot.waitUntil(Condition.of("the table to count " + expected + " rows", //$NON-NLS-1$
				() -> robot.syncExec("read the count", () -> counter.getText().contains(" of " + expected + ' ')))); //$NON-NLS-1$ //$NON-NLS-2$
		return expected;
	}

	private static Recommendation recommendation(MandatesFactory factory, String meetingId, int number, int paragraph) {
		Recommendation recommendation = factory.createRecommendation();
		recommendation.setId(meetingId + "-rec-" + paragraph); //$NON-NLS-1$
		recommendation.setParagraphNumber(paragraph / 4 + 1);
		recommendation.setLetter(String.valueOf((char) ('a' + paragraph % 4)));
		String topic = TOPICS.get(number % TOPICS.size());
		recommendation.setText(MultilingualTextQuery.of("en", String.format(Locale.ROOT, //$NON-NLS-1$
				"Generated recommendation %d on %s: States parties and the secretariat should report on %s by %d.", //$NON-NLS-1$
				number, topic, topic, 2010 + number % 15)));
		Addressees addressees = factory.createAddressees();
		if (number % 3 == 0) {
			addressees.setSecretariat(true);
		} else {
			addressees.setAllStatesParties(true);
		}
		recommendation.setAddressees(addressees);
		return recommendation;
	}

	private static Figures measure(SwtRobot robot, NatTable table, Text filter, int rows) {
		return robot.syncExec("measure " + rows + " rows", () -> { //$NON-NLS-1$ //$NON-NLS-2$
			Display display = table.getDisplay();
			Timing firstKeystroke = keystroke(display, table, filter, "s"); //$NON-NLS-1$
			keystroke(display, table, filter, ""); //$NON-NLS-1$
			typeWords(display, table, filter, new ArrayList<>()); // warm-up pass
			List<String> slowest = new ArrayList<>();
			List<Timing> keystrokes = typeWords(display, table, filter, slowest);
			ViewportLayer viewport = viewport(table);
			List<Timing> scrolls = new ArrayList<>();
			for (int page = 0; page < PAGES; page++) {
				scrolls.add(scrollOnePage(display, table, viewport));
			}
			viewport.setOriginY(0);
			return new Figures(firstKeystroke, Stats.of(keystrokes, Timing::wall), Stats.of(keystrokes, Timing::cpu),
					Stats.of(scrolls, Timing::wall), Stats.of(scrolls, Timing::cpu), slowest);
		});
	}

	/** The keystrokes again with the rows sorted by age (descending) and grouped by status. */
	private static String measureSortedAndGrouped(SwtRobot robot, NatTable table, Text filter, Combo groupBy, int rows) {
		return robot.syncExec("measure sorted and grouped", () -> { //$NON-NLS-1$
			Display display = table.getDisplay();
			Timing.Start start = Timing.start();
			groupBy.select(GROUP_BY_STATUS);
			groupBy.notifyListeners(SWT.Selection, new Event());
			table.doCommand(new SortColumnCommand(table, AGE_POSITION, SortDirectionEnum.DESC));
			settle(display, table);
			Timing sortAndGroup = start.stop();
			// shows that the sort and the grouping took effect: a group header, then the oldest rows (by
			// positions of all rows, not only of those in the viewport)
			ILayer rowsLayer = viewport(table).getScrollableLayer();
			String firstRows = String.format(Locale.ROOT, "first rows: '%s', ages %s, %s", rowsLayer.getDataValueByPosition(0, 0), //$NON-NLS-1$
					rowsLayer.getDataValueByPosition(AGE_POSITION - 1, 1), rowsLayer.getDataValueByPosition(AGE_POSITION - 1, 2));
			typeWords(display, table, filter, new ArrayList<>()); // warm-up pass
			List<Timing> keystrokes = typeWords(display, table, filter, new ArrayList<>());
			Stats wall = Stats.of(keystrokes, Timing::wall);
			Stats cpu = Stats.of(keystrokes, Timing::cpu);
			return String.format(Locale.ROOT,
					"measured %d rows sorted by age and grouped by status: sorting and grouping %.1f ms (CPU %.1f ms); %d keystrokes p50 %.1f ms, p95 %.1f ms, max %.1f ms (UI thread CPU p50 %.1f ms, p95 %.1f ms, max %.1f ms)", //$NON-NLS-1$
					rows, sortAndGroup.wall(), sortAndGroup.cpu(), wall.count(), wall.p50(), wall.p95(), wall.max(), cpu.p50(),
					cpu.p95(), cpu.max()) + "; " + firstRows; //$NON-NLS-1$
		});
	}

	private static List<Timing> typeWords(Display display, NatTable table, Text filter, List<String> slowest) {
		List<Timing> times = new ArrayList<>();
		List<String> named = new ArrayList<>();
		for (String word : WORDS) {
			for (int length = 0; length <= word.length(); length++) {
				// the last keystroke clears the filter
				String text = length == word.length() ? "" : word.substring(0, length + 1); //$NON-NLS-1$
				Timing timing = keystroke(display, table, filter, text);
				times.add(timing);
				named.add(String.format(Locale.ROOT, "'%s' %.0f ms (CPU %.0f ms)", text, timing.wall(), timing.cpu())); //$NON-NLS-1$
			}
		}
		List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, times.size()).boxed().toList());
		order.sort((a, b) -> Double.compare(times.get(b).wall(), times.get(a).wall()));
		order.stream().limit(5).map(named::get).forEach(slowest::add);
		return times;
	}

	private static Timing keystroke(Display display, NatTable table, Text filter, String text) {
		Timing.Start start = Timing.start();
		filter.setText(text);
		settle(display, table);
		return start.stop();
	}

	// One page down; back to the top at the end of the rows.
	private static Timing scrollOnePage(Display display, NatTable table, ViewportLayer viewport) {
		Timing.Start start = Timing.start();
		int before = viewport.getOrigin().getY();
		viewport.setOriginY(before + viewport.getClientAreaHeight());
		if (viewport.getOrigin().getY() == before) {
			viewport.setOriginY(0);
		}
		settle(display, table);
		return start.stop();
	}

	private static void settle(Display display, NatTable table) {
		table.redraw();
		table.update();
		while (display.readAndDispatch()) {
			// run what the change queued until the event loop is idle
		}
		// GTK 3 paints from its frame clock rather than in update(): paint the table into an image so
		// that every measurement includes one full paint of the visible rows
		Rectangle area = table.getClientArea();
		Image image = new Image(display, Math.max(1, area.width), Math.max(1, area.height));
		GC gc = new GC(image);
		try {
			table.print(gc);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static ViewportLayer viewport(NatTable table) {
		ILayer layer = ((GridLayer) table.getLayer()).getBodyLayer();
		while (!(layer instanceof ViewportLayer)) {
			layer = layer.getUnderlyingLayerByPosition(0, 0);
			assertTrue(layer != null, "the review body has a viewport"); //$NON-NLS-1$
		}
		return (ViewportLayer) layer;
	}

	private static String met(double millis) {
		return millis <= 100 ? "met" : "NOT met"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void print(String line) {
		System.out.println("ui-review: " + line); //$NON-NLS-1$
	}

	/**
	 * The wall-clock time of a step and the CPU time the UI thread spent in it (the filter, NatTable
	 * and the painting into the image all run there), which the machine's load affects far less.
	 */
	private record Timing(double wall, double cpu) {

		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

		static Start start() {
			return new Start(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
		}

		record Start(long wall, long cpu) {
			Timing stop() {
				return new Timing((System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
			}
		}
	}

	private record Figures(Timing firstKeystroke, Stats keystrokes, Stats keystrokesCpu, Stats scrolls, Stats scrollsCpu,
			List<String> slowest) {
		String describe(String what) {
			return String.format(Locale.ROOT,
					"%s rows: first keystroke right after the rows changed %.1f ms (CPU %.1f ms); %d keystrokes p50 %.1f ms, p95 %.1f ms, max %.1f ms (UI thread CPU p50 %.1f ms, p95 %.1f ms, max %.1f ms); %d page scrolls p50 %.1f ms, p95 %.1f ms (CPU p50 %.1f ms, p95 %.1f ms)", //$NON-NLS-1$
					what, firstKeystroke.wall(), firstKeystroke.cpu(), keystrokes.count(), keystrokes.p50(), keystrokes.p95(),
					keystrokes.max(), keystrokesCpu.p50(), keystrokesCpu.p95(), keystrokesCpu.max(), scrolls.count(), scrolls.p50(),
					scrolls.p95(), scrollsCpu.p50(), scrollsCpu.p95()) + "; slowest keystrokes: " + String.join(", ", slowest); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private record Stats(int count, double p50, double p95, double max) {
		static Stats of(List<Timing> timings, ToDoubleFunction<Timing> part) {
			List<Double> sorted = timings.stream().map(part::applyAsDouble).sorted().toList();
			return new Stats(sorted.size(), percentile(sorted, 50), percentile(sorted, 95), sorted.getLast());
		}

		// nearest rank
		private static double percentile(List<Double> sorted, int percent) {
			int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
			return sorted.get(Math.max(0, rank - 1));
		}
	}
}
