package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.RegionalGroup;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.progress.MandateProgress;
import org.mandateworkbench.model.progress.MandateStatusQuery;
import org.mandateworkbench.model.progress.NoteVerbaleProgress;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotShell;
import org.mandateworkbench.testsupport.robot.RobotTable;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.testsupport.robot.WidgetNotFoundException;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.dashboard.DashboardWidgetIds;
import org.mandateworkbench.ui.dashboard.figures.RegionalResponseRates;
import org.mandateworkbench.ui.dashboard.internal.AsOfDates;
import org.mandateworkbench.ui.navigator.ModelLabels;
import org.mandateworkbench.ui.noteverbale.NoteVerbaleWidgetIds;
import org.osgi.service.event.EventHandler;

/**
 * The Secretariat's note-verbale view and dashboard, in English on the demo workspace: the figures
 * shown are the model's, the reminder names the States still outstanding, and a click on a bar
 * filters the list beside the chart.
 */
@ExtendWith(ScreenshotOnFailureExtension.class)
class SecretariatPartsTest {

	private static final LocalDate NOTE_DATE = LocalDate.of(2018, 2, 9);
	private static final String DASHBOARD_PART = "org.mandateworkbench.ui.dashboard.part"; //$NON-NLS-1$
	private static final LocalDate MARCH_15_2018 = LocalDate.of(2018, 3, 15);
	/** Event-loop rounds, with the robot's pause between them, given to GTK to paint scrolled content. */
	private static final int PAINT_ROUNDS = 5;

	private static RunningWorkbench workbench;
	private static SwtRobot robot;
	private static ModelStore store;

	@BeforeAll
	static void startWorkbench() throws Exception {
		workbench = RunningWorkbench.startInLanguage("en"); //$NON-NLS-1$
		robot = workbench.robot();
		store = robot.syncExec("find the model store", () -> workbench.window().getContext().get(ModelStore.class)); //$NON-NLS-1$
	}

	@AfterAll
	static void closeWorkbench() throws Exception {
		workbench.close();
	}

	@Test
	void noteVerbaleViewShowsThirteenRepliesAndDraftsAReminderToTheOthers() {
		robot.ctabItem("Notes Verbales").activate(); //$NON-NLS-1$
		showNoteOfNineFebruaryAsOfFifteenMarch(robot);

		NoteVerbale note = noteOfNineFebruary();
		NoteVerbaleProgress progress = robot.syncExec("compute the note's progress", //$NON-NLS-1$
				() -> NoteVerbaleProgress.of(note, MARCH_15_2018));
		int outstanding = progress.outstanding().size();
		assertTrue(outstanding > 0, "States are outstanding on 15 March 2018"); //$NON-NLS-1$
		String expected = "13 replies received by 2018-03-15; " + outstanding + " of " + progress.addressed().size() //$NON-NLS-1$ //$NON-NLS-2$
				+ " addressed States outstanding"; //$NON-NLS-1$
		robot.waitUntil(Condition.of("the summary of 15 March 2018", //$NON-NLS-1$
				() -> expected.equals(robot.labelWithId(NoteVerbaleWidgetIds.SUMMARY).getText())));
		RobotTable states = robot.tableWithId(NoteVerbaleWidgetIds.STATES);
		List<String> replies = states.rows().stream().map(r -> r.get(1)).toList();
		assertEquals(13, replies.stream().filter("Received 2018-03-15"::equals).count(), replies::toString); //$NON-NLS-1$
		assertEquals(outstanding, replies.stream().filter("Outstanding"::equals).count(), replies::toString); //$NON-NLS-1$
		assertEquals(13 + outstanding, replies.size());
		robot.captureScreenshot("noteverbale-en"); //$NON-NLS-1$

		robot.buttonWithId(NoteVerbaleWidgetIds.DRAFT_REMINDER).click();
		RobotShell dialog = robot.shell("Reminder Draft"); //$NON-NLS-1$
		String draft = dialog.textWithId(NoteVerbaleWidgetIds.REMINDER_TEXT).getText();
		State first = progress.outstanding().get(0);
		String name = robot.syncExec("read the State's name", //$NON-NLS-1$
				() -> MultilingualTextQuery.value(first.getName(), "en").orElse(first.getIsoCode())); //$NON-NLS-1$
		assertTrue(draft.contains(name), () -> name + " is outstanding but not in the draft:\n" + draft); //$NON-NLS-1$
		List<String> repliedNames = robot.syncExec("read the replying States' names", () -> progress.replied().stream() //$NON-NLS-1$
				.map(s -> MultilingualTextQuery.value(s.getName(), "en").orElse(s.getIsoCode())).toList()); //$NON-NLS-1$
		List<String> listed = draft.lines().filter(l -> l.startsWith("    (")).map(l -> l.substring(l.indexOf(')') + 2)).toList(); //$NON-NLS-1$
		assertEquals(outstanding, listed.size(), draft);
		assertTrue(listed.stream().noneMatch(repliedNames::contains), () -> "a replying State is reminded: " + listed); //$NON-NLS-1$
		robot.captureScreenshot("noteverbale-en-reminder"); //$NON-NLS-1$
		dialog.button("Close").click(); //$NON-NLS-1$

		AtomicReference<Object> opened = new AtomicReference<>();
		IEventBroker broker = robot.syncExec("find the event broker", //$NON-NLS-1$
				() -> workbench.window().getContext().get(IEventBroker.class));
		EventHandler handler = event -> opened.set(event.getProperty(IEventBroker.DATA));
		robot.syncExec("listen for open requests", () -> broker.subscribe(OpenRequest.TOPIC, handler)); //$NON-NLS-1$
		try {
			states.doubleClick(0);
			robot.waitUntil(Condition.of("an open request for the reply", //$NON-NLS-1$
					() -> opened.get() instanceof OpenRequest request && request.target() instanceof StateResponse));
		} finally {
			robot.syncExec("stop listening", () -> broker.unsubscribe(handler)); //$NON-NLS-1$
		}
	}

	/** Selects the note of 9 February 2018 in the note-verbale view and sets the date to 15 March 2018. */
	static void showNoteOfNineFebruaryAsOfFifteenMarch(SwtRobot robot) {
		RobotTable notes = robot.tableWithId(NoteVerbaleWidgetIds.NOTES);
		int row = notes.indexOf(NOTE_DATE.toString(), 0);
		assertTrue(row >= 0, () -> "no note of 9 February 2018 in " + notes.rows()); //$NON-NLS-1$
		notes.select(row);
		robot.syncExec("set the as-of date", () -> { //$NON-NLS-1$
			DateTime asOf = (DateTime) robot.widgetWithId(NoteVerbaleWidgetIds.AS_OF).widget();
			asOf.setDate(MARCH_15_2018.getYear(), MARCH_15_2018.getMonthValue() - 1, MARCH_15_2018.getDayOfMonth());
			asOf.notifyListeners(SWT.Selection, new Event());
		});
	}

	@Test
	void dashboardShowsTheStatusCountsAndABarClickFiltersTheMandates() {
		robot.ctabItem("Dashboard").activate(); //$NON-NLS-1$
		robot.buttonWithId(DashboardWidgetIds.TODAY).click();
		Map<MandateStatus, Integer> counts = statusCounts(LocalDate.now());
		Chart chart = (Chart) robot.widgetWithId(DashboardWidgetIds.STATUS_CHART).widget();
		robot.waitUntil(Condition.of("the bars of today", () -> barsEqual(chart, counts))); //$NON-NLS-1$
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		assertEquals("All mandates (" + total + "); click a bar to filter", //$NON-NLS-1$ //$NON-NLS-2$
				robot.labelWithId(DashboardWidgetIds.STATUS_CAPTION).getText());
		assertChartsReadable(robot);
		robot.captureScreenshot("dashboard-en"); //$NON-NLS-1$

		clickBar(chart, MandateStatus.PENDING.ordinal());
		int pendingCount = counts.getOrDefault(MandateStatus.PENDING, 0);
		assertTrue(pendingCount > 0 && pendingCount < total, "the demo has pending and other mandates"); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the list to show the pending mandates", //$NON-NLS-1$
				() -> ("Mandates with status Pending (" + pendingCount + ")") //$NON-NLS-1$ //$NON-NLS-2$
						.equals(robot.labelWithId(DashboardWidgetIds.STATUS_CAPTION).getText())));
		assertEquals(pendingCount, robot.listWithId(DashboardWidgetIds.STATUS_LIST).items().size());
		robot.captureScreenshot("dashboard-en-pending"); //$NON-NLS-1$
	}

	@Test
	void dashboardAsOfFifteenMarch2018ShowsTheModelsFiguresOfThatDay() {
		robot.ctabItem("Dashboard").activate(); //$NON-NLS-1$
		setDashboardDate(robot, MARCH_15_2018);
		Chart status = (Chart) robot.widgetWithId(DashboardWidgetIds.STATUS_CHART).widget();
		Map<MandateStatus, Integer> counts = statusCounts(MARCH_15_2018);
		robot.waitUntil(Condition.of("the bars of 15 March 2018", () -> barsEqual(status, counts))); //$NON-NLS-1$
		assertEquals(MARCH_15_2018.toString(), InstanceScope.INSTANCE.getNode(AsOfDates.NODE).get(AsOfDates.KEY, ""), //$NON-NLS-1$
				"the chosen day is kept for the workspace"); //$NON-NLS-1$

		NoteVerbale note = noteOfNineFebruary();
		int replies = robot.syncExec("count the replies by the model", //$NON-NLS-1$
				() -> MandateStatusQuery.responsesAsOf(note, MARCH_15_2018).size());
		assertEquals(13, replies, "the issue's figure: 13 replies to the note of 9 February 2018 by 15 March"); //$NON-NLS-1$
		Chart chart = (Chart) robot.widgetWithId(DashboardWidgetIds.REPLIES_CHART).widget();
		int line = robot.syncExec("find the note's line", () -> { //$NON-NLS-1$
			ISeries<?>[] lines = chart.getSeriesSet().getSeries();
			for (int i = 0; i < lines.length; i++) {
				if (NOTE_DATE.toString().equals(lines[i].getDescription())) {
					return i;
				}
			}
			return -1;
		});
		assertTrue(line >= 0, "the note of 9 February 2018 has a line"); //$NON-NLS-1$
		double[] cumulative = robot.syncExec("read the line", () -> chart.getSeriesSet().getSeries()[line].getYSeries()); //$NON-NLS-1$
		assertEquals(replies, (int) cumulative[cumulative.length - 1]);
		clickPoint(chart, line, cumulative.length - 1);
		robot.waitUntil(Condition.of("the replies received by 15 March 2018", //$NON-NLS-1$
				() -> ("2018-02-09: " + replies + " replies by 2018-03-15") //$NON-NLS-1$ //$NON-NLS-2$
						.equals(robot.labelWithId(DashboardWidgetIds.REPLIES_CAPTION).getText())));
		assertEquals(replies, robot.listWithId(DashboardWidgetIds.REPLIES_LIST).items().size());
		scrollTo(robot, DashboardWidgetIds.REPLIES_CHART);
		robot.captureScreenshot("dashboard-en-2018-03-15-replies"); //$NON-NLS-1$

		int overdue = robot.syncExec("count what the model calls overdue", () -> { //$NON-NLS-1$
			int items = 0;
			for (Mandate mandate : store.root().getMandates()) {
				MandateProgress progress = MandateProgress.of(mandate, MARCH_15_2018);
				items += (progress.overdue() ? 1 : 0) + (int) progress.noteVerbales().stream().filter(NoteVerbaleProgress::overdue).count();
			}
			return items;
		});
		assertEquals(overdue, robot.listWithId(DashboardWidgetIds.OVERDUE_LIST).items().size());
		assertChartsReadable(robot);
		scrollTo(robot, DashboardWidgetIds.STATUS_CHART);
		robot.captureScreenshot("dashboard-en-2018-03-15"); //$NON-NLS-1$
		scrollTo(robot, DashboardWidgetIds.OVERDUE_LIST);
		robot.captureScreenshot("dashboard-en-2018-03-15-lists"); //$NON-NLS-1$

		robot.buttonWithId(DashboardWidgetIds.TODAY).click();
		robot.waitUntil(Condition.of("the bars of today", () -> barsEqual(status, statusCounts(LocalDate.now())))); //$NON-NLS-1$
		assertEquals("", InstanceScope.INSTANCE.getNode(AsOfDates.NODE).get(AsOfDates.KEY, ""), //$NON-NLS-1$ //$NON-NLS-2$
				"back at today, the dashboard follows the calendar again"); //$NON-NLS-1$
	}

	@Test
	void dashboardPointAndRegionClicksFilterTheirLists() {
		robot.ctabItem("Dashboard").activate(); //$NON-NLS-1$
		robot.buttonWithId(DashboardWidgetIds.TODAY).click();
		Chart replies = (Chart) robot.widgetWithId(DashboardWidgetIds.REPLIES_CHART).widget();
		robot.waitUntil(Condition.of("a line to be drawn", () -> robot.syncExec("count the lines", //$NON-NLS-1$ //$NON-NLS-2$
				() -> replies.getSeriesSet().getSeries().length > 0 && replies.isVisible())));
		double[] cumulative = robot.syncExec("read the first line", () -> replies.getSeriesSet().getSeries()[0].getYSeries()); //$NON-NLS-1$
		int last = cumulative.length - 1;
		clickPoint(replies, 0, last);
		robot.waitUntil(Condition.of("the replies of the clicked point", //$NON-NLS-1$
				() -> robot.labelWithId(DashboardWidgetIds.REPLIES_CAPTION).getText().contains(": " + (int) cumulative[last] + " replies by "))); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals((int) cumulative[last], robot.listWithId(DashboardWidgetIds.REPLIES_LIST).items().size());

		Chart regions = (Chart) robot.widgetWithId(DashboardWidgetIds.REGION_CHART).widget();
		double[] rates = robot.syncExec("read the rates", () -> regions.getSeriesSet().getSeries()[0].getYSeries()); //$NON-NLS-1$
		int highest = 0;
		for (int i = 1; i < rates.length; i++) {
			highest = rates[i] > rates[highest] ? i : highest;
		}
		int bar = highest;
		String group = robot.syncExec("name the group of the bar as the model does", () -> ModelLabels.literal( //$NON-NLS-1$
				RegionalGroup.class.getSimpleName(), RegionalResponseRates.of(store.root(), LocalDate.now()).get(bar).group()));
		String shown = robot.syncExec("read the bar's label", () -> regions.getAxisSet().getXAxis(0).getCategorySeries()[bar]); //$NON-NLS-1$
		assertTrue(group.startsWith(shown.replace("\u2026", "")), () -> shown + " abbreviates " + group); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		clickBar(regions, bar);
		robot.waitUntil(Condition.of("the States of " + group, //$NON-NLS-1$
				() -> robot.labelWithId(DashboardWidgetIds.REGION_CAPTION).getText().startsWith(group + ": "))); //$NON-NLS-1$
		List<String> states = robot.listWithId(DashboardWidgetIds.REGION_LIST).items();
		assertTrue(!states.isEmpty() && states.stream().allMatch(l -> l.matches(".+: answered \\d+ of \\d+")), states::toString); //$NON-NLS-1$
		int asked = states.stream().mapToInt(l -> Integer.parseInt(l.substring(l.lastIndexOf(' ') + 1))).sum();
		String caption = robot.labelWithId(DashboardWidgetIds.REGION_CAPTION).getText();
		assertTrue(caption.endsWith(" of " + asked + " requests answered"), caption); //$NON-NLS-1$ //$NON-NLS-2$

		Rectangle bounds = robot.syncExec("read the bar", //$NON-NLS-1$
				() -> ((IBarSeries<?>) regions.getSeriesSet().getSeries()[0]).getBounds()[bar]);
		assertEquals(caption, hover((Control) regions.getPlotArea(), bounds.x + bounds.width / 2, bounds.y + bounds.height / 2),
				"the bar's tooltip names the group in full"); //$NON-NLS-1$
		Rectangle plot = robot.syncExec("read the plot's bounds", () -> ((Control) regions.getPlotArea()).getBounds()); //$NON-NLS-1$
		assertEquals(caption, hover(regions, plot.x + bounds.x + bounds.width / 2, plot.y + plot.height + 8),
				"the tooltip of the bar's label below the plot names the group in full"); //$NON-NLS-1$
		scrollTo(robot, DashboardWidgetIds.REGION_CHART);
		robot.captureScreenshot("dashboard-en-filtered"); //$NON-NLS-1$
	}

	/** Scrolls the dashboard so that the widget shows. */
	static void scrollTo(SwtRobot robot, String id) {
		String hidden = robot.syncExec("scroll to " + id, () -> { //$NON-NLS-1$
			Control control = (Control) robot.widgetWithId(id).widget();
			for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
				if (parent instanceof ScrolledComposite scroller) {
					scroller.showControl(control);
					Rectangle shown = scroller.getClientArea();
					Rectangle bounds = control.getDisplay().map(control.getParent(), scroller, control.getBounds());
					return shown.contains(bounds.x, bounds.y) ? null
							: bounds + " outside " + shown + ", origin " + scroller.getOrigin() + ", minimum " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
									+ scroller.getMinHeight();
				}
			}
			return null;
		});
		assertEquals(null, hidden, id + " scrolled into view"); //$NON-NLS-1$
		// GTK paints the moved content on its next frames; a screenshot copies the screen
		int[] rounds = { 0 };
		robot.waitUntil(Condition.of("the scrolled content to be painted", () -> { //$NON-NLS-1$
			robot.syncExec("paint", () -> robot.display().update()); //$NON-NLS-1$
			return ++rounds[0] > PAINT_ROUNDS;
		}));
	}

	/** Moves the mouse over a point of the control and returns the tooltip it then shows. */
	private static String hover(Control control, int x, int y) {
		return robot.syncExec("hover at " + x + "," + y, () -> { //$NON-NLS-1$ //$NON-NLS-2$
			Event move = new Event();
			move.x = x;
			move.y = y;
			control.notifyListeners(SWT.MouseMove, move);
			return control.getToolTipText();
		});
	}

	/** Sets the dashboard's "as of" date as a user picking it does. */
	static void setDashboardDate(SwtRobot robot, LocalDate date) {
		robot.syncExec("set the dashboard's date", () -> { //$NON-NLS-1$
			DateTime asOf = (DateTime) robot.widgetWithId(DashboardWidgetIds.AS_OF).widget();
			asOf.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
			asOf.notifyListeners(SWT.Selection, new Event());
		});
	}

	/**
	 * At the part size of the Secretariat layout each chart keeps a plot taller than its value axis'
	 * title (which SWTChart clips to the plot's height) and its category labels clear of each other:
	 * horizontal ones narrower than their slots, slanted ones starting like the full name.
	 */
	static void assertChartsReadable(SwtRobot robot) {
		for (String id : List.of(DashboardWidgetIds.STATUS_CHART, DashboardWidgetIds.REPLIES_CHART, DashboardWidgetIds.REGION_CHART)) {
			Chart chart = (Chart) robot.widgetWithId(id).widget();
			String problem = robot.syncExec("measure " + id, () -> { //$NON-NLS-1$
				Point plot = ((Control) chart.getPlotArea()).getSize();
				IAxis y = chart.getAxisSet().getYAxis(0);
				GC gc = new GC(chart);
				try {
					gc.setFont(y.getTitle().getFont());
					int title = gc.textExtent(y.getTitle().getText()).x;
					if (plot.y < title || plot.x < 2 * title) {
						return "plot " + plot + " smaller than the axis title of " + title + " pixels"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
					IAxis x = chart.getAxisSet().getXAxis(0);
					String[] labels = x.getCategorySeries();
					if (!x.isCategoryEnabled() || labels == null || x.getTick().getTickLabelAngle() != 0) {
						return null;
					}
					gc.setFont(x.getTick().getFont());
					for (String label : labels) {
						if (gc.textExtent(label).x >= plot.x / labels.length) {
							return "horizontal label " + label + " wider than its slot"; //$NON-NLS-1$ //$NON-NLS-2$
						}
					}
					return null;
				} finally {
					gc.dispose();
				}
			});
			assertEquals(null, problem, id);
		}
	}

	private static Map<MandateStatus, Integer> statusCounts(LocalDate date) {
		return robot.syncExec("count the mandates by status", () -> { //$NON-NLS-1$
			Map<MandateStatus, Integer> byStatus = new EnumMap<>(MandateStatus.class);
			for (Mandate mandate : store.root().getMandates()) {
				byStatus.merge(MandateStatusQuery.statusAsOf(mandate, date), 1, Integer::sum);
			}
			return byStatus;
		});
	}

	private static boolean barsEqual(Chart chart, Map<MandateStatus, Integer> counts) {
		List<Double> expected = new ArrayList<>();
		for (MandateStatus status : MandateStatus.values()) {
			expected.add((double) counts.getOrDefault(status, 0));
		}
		double[] shown = robot.syncExec("read the bars", () -> chart.getSeriesSet().getSeries()[0].getYSeries()); //$NON-NLS-1$
		return expected.equals(Arrays.stream(shown).boxed().toList());
	}

	private static NoteVerbale noteOfNineFebruary() {
		return robot.syncExec("find the note", () -> store.root().getMandates().stream() //$NON-NLS-1$
				.flatMap(m -> m.getActions().stream()).filter(NoteVerbale.class::isInstance).map(NoteVerbale.class::cast)
				.filter(n -> NOTE_DATE.equals(n.getDate())).findFirst().orElseThrow());
	}

	@Test
	void windowMenuShowsAClosedPartAgainAndAPartOfAnotherLayout() {
		EPartService parts = robot.syncExec("find the part service", //$NON-NLS-1$
				() -> workbench.window().getContext().get(EPartService.class));
		robot.ctabItem("Dashboard").activate(); //$NON-NLS-1$
		robot.syncExec("close the dashboard", () -> parts.hidePart(parts.findPart(DASHBOARD_PART))); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the dashboard tab to go", () -> !isTabShown("Dashboard"))); //$NON-NLS-1$ //$NON-NLS-2$

		robot.menu("Window").menu("Show View").menu("Dashboard").click(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		robot.waitUntil(Condition.of("the dashboard shown and active again", //$NON-NLS-1$
				() -> isTabShown("Dashboard") && robot.ctabItem("Dashboard").isActive())); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(DASHBOARD_PART, robot.syncExec("read the active part", () -> parts.getActivePart().getElementId())); //$NON-NLS-1$
		assertTrue(robot.widgetWithId(DashboardWidgetIds.STATUS_CHART).isVisible(), "the dashboard draws its charts again"); //$NON-NLS-1$

		robot.menu("Window").menu("Show View").menu("Outstanding Recommendations").click(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		robot.waitUntil(Condition.of("the review in the Secretariat layout", //$NON-NLS-1$
				() -> isTabShown("Outstanding Recommendations") && robot.ctabItem("Outstanding Recommendations").isActive())); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("org.mandateworkbench.ui.partdescriptor.review", //$NON-NLS-1$
				robot.syncExec("read the active part", () -> parts.getActivePart().getElementId())); //$NON-NLS-1$
		robot.captureScreenshot("window-show-view-en"); //$NON-NLS-1$
		robot.syncExec("close the review again", () -> parts.hidePart(parts.getActivePart())); //$NON-NLS-1$
	}

	private static boolean isTabShown(String title) {
		try {
			return robot.withTimeout(Duration.ZERO).ctabItem(title).widget() != null;
		} catch (WidgetNotFoundException e) {
			return false;
		}
	}

	/** Clicks the middle of a bar once the chart has drawn it. */
	private static void clickBar(Chart chart, int index) {
		robot.waitUntil(Condition.of("the bars to be drawn", () -> robot.syncExec("read the bar bounds", () -> { //$NON-NLS-1$ //$NON-NLS-2$
			Rectangle[] bounds = ((IBarSeries<?>) chart.getSeriesSet().getSeries()[0]).getBounds();
			return bounds != null && bounds[index] != null;
		})));
		Rectangle bar = robot.syncExec("read the bar", //$NON-NLS-1$
				() -> ((IBarSeries<?>) chart.getSeriesSet().getSeries()[0]).getBounds()[index]);
		click(chart, bar.x + bar.width / 2, bar.y + bar.height / 2);
	}

	/** Clicks a point of a line, where the chart drew it. */
	private static void clickPoint(Chart chart, int line, int index) {
		Point point = robot.syncExec("locate the point", //$NON-NLS-1$
				() -> chart.getSeriesSet().getSeries()[line].getPixelCoordinates(index));
		click(chart, point.x, point.y);
	}

	/** A left button press on the chart's plot, where SWTChart draws the series. */
	private static void click(Chart chart, int x, int y) {
		robot.syncExec("click the plot at " + x + "," + y, () -> { //$NON-NLS-1$ //$NON-NLS-2$
			Event press = new Event();
			press.button = 1;
			press.x = x;
			press.y = y;
			((Control) chart.getPlotArea()).notifyListeners(SWT.MouseDown, press);
		});
	}
}
