package org.mandateworkbench.ui.dashboard;

import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.RegionalGroup;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.progress.MandateProgress;
import org.mandateworkbench.model.progress.NoteVerbaleProgress;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.store.ModelChangeListener;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.dashboard.figures.NeglectedRecommendations;
import org.mandateworkbench.ui.dashboard.figures.OverdueItems;
import org.mandateworkbench.ui.dashboard.figures.RegionalResponseRates;
import org.mandateworkbench.ui.dashboard.figures.RegionalResponseRates.GroupRate;
import org.mandateworkbench.ui.dashboard.figures.RegionalResponseRates.StateTally;
import org.mandateworkbench.ui.dashboard.figures.ReplyTimeline;
import org.mandateworkbench.ui.dashboard.figures.StatusCounts;
import org.mandateworkbench.ui.dashboard.internal.AsOfDates;
import org.mandateworkbench.ui.navigator.ModelLabels;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The secretariat's overview as of a chosen date (default today, kept per workspace): three charts,
 * each with the list it filters when a bar or point is clicked, the overdue mandates and notes
 * verbales, and the old recommendations never acted on. Figures come from the model's progress
 * queries through the {@code figures} package; this class only presents them. The charts and lists
 * scroll together when the part is smaller than they need. Double-clicking a listed object asks the
 * workbench to open it.
 */
public final class DashboardPart {

	/** Pixels around a line-chart point that still count as hovering or clicking it. */
	private static final int POINT_TOLERANCE = 8;
	private static final int DEFAULT_YEARS = 3;
	private static final int CHART_WIDTH = 340;
	private static final int CHART_HEIGHT = 230;
	private static final int LIST_WIDTH = 220;
	/** Room above the tallest bar, so that it does not touch the title. */
	private static final double HEADROOM = 1.15;
	/** The lowest top of the rate axis, so that low rates still show as bars without looking high. */
	private static final double MIN_PERCENT_TOP = 10;
	/** Share of a line chart's range added on each side. */
	private static final double MARGIN = 0.04;
	/** Room for the drop-down button of the date field, beside its text. */
	private static final int DATE_BUTTON = 48;
	private static final int[] LINE_COLORS = { SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_RED, SWT.COLOR_DARK_GREEN,
			SWT.COLOR_DARK_MAGENTA, SWT.COLOR_DARK_CYAN };

	@Inject
	private IEventBroker eventBroker;

	@Inject
	@Translation
	private DashboardMessages messages;

	@Inject
	@Translation
	private Messages uiMessages;

	@Inject
	@Named(TranslationService.LOCALE)
	private Locale locale;

	@Inject
	private MPart part;

	private final ModelChangeListener modelListener = event -> refreshLater();
	private final Preferences preferences = InstanceScope.INSTANCE.getNode(AsOfDates.NODE);
	private ModelStore model;
	private Composite root;
	private ScrolledComposite scroller;
	private DateTime asOf;
	private BarChart statusChart;
	private Chart repliesChart;
	private BarChart regionChart;
	private CaptionedList statusList;
	private CaptionedList repliesList;
	private CaptionedList regionList;
	private CaptionedList overdueList;
	private CaptionedList neglectedList;
	private Spinner years;
	private Map<MandateStatus, List<Mandate>> byStatus = Map.of();
	private final List<NoteVerbale> timelineNotes = new ArrayList<>();
	private final List<List<ReplyTimeline.Point>> timelines = new ArrayList<>();
	private List<GroupRate> regions = List.of();

	@PostConstruct
	public void createControls(Composite parent) {
		part.setLabel(messages.dashboard_title);
		root = parent;
		parent.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 2).create());
		createDateRow(parent);

		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		Composite body = new Composite(scroller, SWT.NONE);
		body.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).create());
		scroller.setContent(body);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);

		statusChart = new BarChart(body, DashboardWidgetIds.STATUS_CHART, messages.dashboard_statusChart,
				messages.dashboard_count, index -> showMandates(MandateStatus.values()[index]), this::statusTooltip);
		layoutChart(statusChart.chart);
		statusList = list(body, DashboardWidgetIds.STATUS_CAPTION, DashboardWidgetIds.STATUS_LIST);

		repliesChart = Charts.create(body, DashboardWidgetIds.REPLIES_CHART, messages.dashboard_repliesChart,
				messages.dashboard_replies);
		repliesChart.getAxisSet().getXAxis(0).getTick().setFormat(new SimpleDateFormat("yyyy-MM-dd")); //$NON-NLS-1$
		layoutChart(repliesChart);
		repliesList = list(body, DashboardWidgetIds.REPLIES_CAPTION, DashboardWidgetIds.REPLIES_LIST);
		Charts.onClick(repliesChart, this::replyPointClicked);
		Control plot = Charts.plot(repliesChart);
		plot.addListener(SWT.MouseMove, event -> plot.setToolTipText(replyTooltip(event)));

		regionChart = new BarChart(body, DashboardWidgetIds.REGION_CHART, messages.dashboard_regionChart,
				messages.dashboard_rate, this::regionClicked, this::regionTooltip);
		layoutChart(regionChart.chart);
		regionList = list(body, DashboardWidgetIds.REGION_CAPTION, DashboardWidgetIds.REGION_LIST);

		overdueList = list(body, "", DashboardWidgetIds.OVERDUE_LIST); //$NON-NLS-1$
		neglectedList = list(body, DashboardWidgetIds.NEGLECTED_CAPTION, DashboardWidgetIds.NEGLECTED_LIST);
		years = new Spinner(neglectedList.area, SWT.BORDER);
		years.setData(WidgetIds.KEY, DashboardWidgetIds.NEGLECTED_YEARS);
		years.setValues(DEFAULT_YEARS, 0, 99, 0, 1, 5);
		// beside the caption, above the list
		years.moveBelow(neglectedList.caption);
		years.addListener(SWT.Modify, event -> showNeglected());
		recompute();
	}

	/** Below their preferred size the charts and lists scroll instead of shrinking. */
	private void updateScrolling() {
		Control body = scroller.getContent();
		scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT, true));
	}

	/** The "as of" date that drives every figure, and a button back to today. */
	private void createDateRow(Composite parent) {
		Composite row = new Composite(parent, SWT.NONE);
		row.setLayout(GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 2).create());
		new Label(row, SWT.NONE).setText(messages.dashboard_asOf);
		asOf = new DateTime(row, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN);
		asOf.setData(WidgetIds.KEY, DashboardWidgetIds.AS_OF);
		asOf.setToolTipText(messages.dashboard_asOfTooltip);
		// GTK sizes the field for Latin digits; a Chinese medium date (2026年11月26日) needs more
		GC gc = new GC(asOf);
		int textWidth = gc.textExtent(DateFormat.getDateInstance(DateFormat.MEDIUM, locale).format(new Date())).x;
		gc.dispose();
		GridDataFactory.swtDefaults().hint(Math.max(asOf.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, textWidth + DATE_BUTTON),
				SWT.DEFAULT).applyTo(asOf);
		LocalDate restored = AsOfDates.restore(preferences.get(AsOfDates.KEY, ""), LocalDate.now()); //$NON-NLS-1$
		asOf.setDate(restored.getYear(), restored.getMonthValue() - 1, restored.getDayOfMonth());
		asOf.addListener(SWT.Selection, event -> dateChosen());
		Button today = new Button(row, SWT.PUSH);
		today.setText(messages.dashboard_today);
		today.setData(WidgetIds.KEY, DashboardWidgetIds.TODAY);
		today.addListener(SWT.Selection, event -> {
			LocalDate now = LocalDate.now();
			asOf.setDate(now.getYear(), now.getMonthValue() - 1, now.getDayOfMonth());
			dateChosen();
		});
	}

	private void dateChosen() {
		String stored = AsOfDates.toStore(asOfDate(), LocalDate.now());
		if (stored.isEmpty()) {
			preferences.remove(AsOfDates.KEY);
		} else {
			preferences.put(AsOfDates.KEY, stored);
		}
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// the date still applies in this session; the next one starts from what was stored before
			ILog.of(DashboardPart.class).warn("The dashboard's date could not be stored: " + e.getMessage()); //$NON-NLS-1$
		}
		recompute();
	}

	/** @return the date every figure is computed for */
	private LocalDate asOfDate() {
		return LocalDate.of(asOf.getYear(), asOf.getMonth() + 1, asOf.getDay());
	}

	@Inject
	public void setModel(@Optional ModelStore loaded) {
		if (model != null) {
			model.removeListener(modelListener);
		}
		model = loaded;
		if (model != null) {
			model.addListener(modelListener);
		}
		recompute();
	}

	private static void layoutChart(Chart chart) {
		GridDataFactory.fillDefaults().grab(true, true).hint(CHART_WIDTH, CHART_HEIGHT).minSize(CHART_WIDTH, CHART_HEIGHT)
				.applyTo(chart);
	}

	private CaptionedList list(Composite parent, String captionId, String listId) {
		CaptionedList list = new CaptionedList(parent, captionId, listId,
				target -> eventBroker.send(OpenRequest.TOPIC, OpenRequest.of(target)));
		GridDataFactory.fillDefaults().grab(true, true).hint(LIST_WIDTH, SWT.DEFAULT).applyTo(list.area);
		return list;
	}

	private ModelLabels labels() {
		return new ModelLabels(model == null ? null : model.adapterFactory(), uiMessages, locale);
	}

	private void refreshLater() {
		if (root != null && !root.isDisposed()) {
			root.getDisplay().asyncExec(this::recompute);
		}
	}

	private void recompute() {
		if (root == null || root.isDisposed() || model == null) {
			return;
		}
		MandateWorkspace workspace = model.root();
		LocalDate date = asOfDate();
		showStatuses(workspace, date);
		showTimelines(workspace, date);
		showRegions(workspace, date);
		showOverdue(workspace, date);
		showNeglected();
		updateScrolling();
	}

	private void showStatuses(MandateWorkspace workspace, LocalDate date) {
		byStatus = StatusCounts.of(workspace, date);
		List<String> names = byStatus.keySet().stream().map(ModelLabels::status).toList();
		double[] counts = byStatus.values().stream().mapToDouble(List::size).toArray();
		statusChart.show(names, counts, new Range(0, Math.max(1, Arrays.stream(counts).max().orElse(0)) * HEADROOM));
		showMandates(null);
	}

	/** Lists the mandates of one status, or all of them when {@code status} is null. */
	private void showMandates(MandateStatus status) {
		List<Mandate> mandates = status == null ? byStatus.values().stream().flatMap(List::stream).toList()
				: byStatus.get(status);
		String caption = status == null ? NLS.bind(messages.dashboard_mandatesAll, mandates.size())
				: NLS.bind(messages.dashboard_mandatesWithStatus, ModelLabels.status(status), mandates.size());
		ModelLabels labels = labels();
		statusList.show(caption, mandates.stream().map(labels::text).toList(), mandates);
	}

	private String statusTooltip(int index) {
		MandateStatus status = MandateStatus.values()[index];
		return NLS.bind(messages.dashboard_mandatesWithStatus, ModelLabels.status(status), byStatus.get(status).size());
	}

	private void showTimelines(MandateWorkspace workspace, LocalDate date) {
		for (ISeries<?> series : repliesChart.getSeriesSet().getSeries()) {
			repliesChart.getSeriesSet().deleteSeries(series.getId());
		}
		timelineNotes.clear();
		timelines.clear();
		double most = 1;
		for (Mandate mandate : workspace.getMandates()) {
			for (NoteVerbaleProgress note : MandateProgress.of(mandate, date).noteVerbales()) {
				List<ReplyTimeline.Point> points = ReplyTimeline.of(note.noteVerbale(), date);
				if (points.size() < 2) {
					continue;
				}
				ILineSeries<?> line = (ILineSeries<?>) repliesChart.getSeriesSet().createSeries(SeriesType.LINE,
						"note" + timelineNotes.size()); //$NON-NLS-1$
				line.setDescription(noteName(note.noteVerbale()));
				line.setXDateSeries(points.stream().map(p -> Date.from(p.date().atStartOfDay().toInstant(ZoneOffset.UTC)))
						.toArray(Date[]::new));
				line.setYSeries(points.stream().mapToDouble(ReplyTimeline.Point::cumulative).toArray());
				Color color = root.getDisplay().getSystemColor(LINE_COLORS[timelineNotes.size() % LINE_COLORS.length]);
				line.setLineColor(color);
				line.setSymbolColor(color);
				most = Math.max(most, points.getLast().cumulative());
				timelineNotes.add(note.noteVerbale());
				timelines.add(points);
			}
		}
		repliesChart.getLegend().setVisible(!timelines.isEmpty());
		repliesChart.getAxisSet().adjustRange();
		// a margin on every side, so that no point sits on the plot's border
		IAxis x = repliesChart.getAxisSet().getXAxis(0);
		double span = Math.max(x.getRange().upper - x.getRange().lower, 1);
		x.setRange(new Range(x.getRange().lower - span * MARGIN, x.getRange().upper + span * MARGIN));
		double top = most * HEADROOM;
		repliesChart.getAxisSet().getYAxis(0).setRange(new Range(-top * MARGIN, top));
		repliesChart.updateLayout();
		repliesChart.redraw();
		repliesList.show(messages.dashboard_repliesHint, List.of(), List.of());
	}

	private void replyPointClicked(Event event) {
		int[] hit = pointAt(event.x, event.y);
		if (hit != null) {
			showReplies(timelineNotes.get(hit[0]), timelines.get(hit[0]).get(hit[1]));
		}
	}

	private String replyTooltip(Event event) {
		int[] hit = pointAt(event.x, event.y);
		return hit == null ? null : repliesCaption(timelineNotes.get(hit[0]), timelines.get(hit[0]).get(hit[1]));
	}

	/** @return the line and point index of the point near the pixel, or null */
	private int[] pointAt(int x, int y) {
		ISeries<?>[] series = repliesChart.getSeriesSet().getSeries();
		for (int s = 0; s < series.length && s < timelines.size(); s++) {
			for (int i = 0; i < timelines.get(s).size(); i++) {
				Point pixel = series[s].getPixelCoordinates(i);
				if (Math.abs(pixel.x - x) <= POINT_TOLERANCE && Math.abs(pixel.y - y) <= POINT_TOLERANCE) {
					return new int[] { s, i };
				}
			}
		}
		return null;
	}

	private void showReplies(NoteVerbale note, ReplyTimeline.Point point) {
		ModelLabels labels = labels();
		List<String> rows = point.replies().stream().map(r -> NLS.bind(messages.dashboard_reply, r.getReceivedDate(),
				r.getState() == null ? messages.dashboard_unnamedState : labels.text(r.getState()))).toList();
		repliesList.show(repliesCaption(note, point), rows, point.replies().stream().map(StateResponse.class::cast).toList());
	}

	private String repliesCaption(NoteVerbale note, ReplyTimeline.Point point) {
		return NLS.bind(messages.dashboard_repliesOf, new Object[] { noteName(note), point.cumulative(), point.date() });
	}

	private void showRegions(MandateWorkspace workspace, LocalDate date) {
		regions = RegionalResponseRates.of(workspace, date);
		double[] percents = regions.stream().mapToDouble(r -> Math.round(r.rate() * 1000) / 10.0).toArray();
		regionChart.show(regions.stream().map(r -> groupName(r.group())).toList(),
				percents, new Range(0, Math.clamp(Arrays.stream(percents).max().orElse(0) * HEADROOM, MIN_PERCENT_TOP, 100)));
		regionList.show(messages.dashboard_regionHint, List.of(), List.of());
	}

	private String regionTooltip(int index) {
		GroupRate group = regions.get(index);
		return NLS.bind(messages.dashboard_regionOf, new Object[] { groupName(group.group()), group.replied(), group.addressed() });
	}

	private void regionClicked(int index) {
		if (index >= regions.size()) {
			return;
		}
		Rows rows = new Rows();
		GroupRate group = regions.get(index);
		ModelLabels labels = labels();
		for (StateTally tally : group.states()) {
			rows.text.add(NLS.bind(messages.dashboard_stateTally,
					new Object[] { labels.text(tally.state()), tally.replied(), tally.addressed() }));
			rows.targets.add(tally.state());
		}
		regionList.show(regionTooltip(index), rows.text, rows.targets);
	}

	private void showOverdue(MandateWorkspace workspace, LocalDate date) {
		OverdueItems overdue = OverdueItems.of(workspace, date);
		Rows rows = new Rows();
		ModelLabels labels = labels();
		for (MandateProgress mandate : overdue.mandates()) {
			rows.text.add(NLS.bind(messages.dashboard_overdueMandate, labels.text(mandate.mandate()), mandate.mandate().getDueDate()));
			rows.targets.add(mandate.mandate());
		}
		for (NoteVerbaleProgress note : overdue.notes()) {
			rows.text.add(NLS.bind(messages.dashboard_overdueNote, new Object[] { noteName(note.noteVerbale()),
					note.noteVerbale().getDate(), note.outstanding().size(), note.effectiveDeadline().orElse(null) }));
			rows.targets.add(note.noteVerbale());
		}
		overdueList.show(NLS.bind(messages.dashboard_overdue, rows.text.size()), rows.text, rows.targets);
	}

	private void showNeglected() {
		if (model == null || years == null) {
			return;
		}
		List<OutstandingRecommendation> neglected = NeglectedRecommendations.of(model.root(), asOfDate(),
				years.getSelection());
		ModelLabels labels = labels();
		neglectedList.show(NLS.bind(messages.dashboard_neglected, neglected.size()),
				neglected.stream().map(o -> NLS.bind(messages.dashboard_neglectedItem, labels.text(o.recommendation()),
						o.ageYears().getAsInt())).toList(),
				neglected.stream().map(OutstandingRecommendation::recommendation).toList());
	}

	private String noteName(NoteVerbale note) {
		return note.getReference() != null && !note.getReference().isBlank() ? note.getReference()
				: note.getDate() != null ? note.getDate().toString() : String.valueOf(note.getId());
	}

	/** The edit bundle's name of the group, as the navigator and the properties show it. */
	private static String groupName(RegionalGroup group) {
		return ModelLabels.literal(RegionalGroup.class.getSimpleName(), group);
	}

	/** Parallel row texts and the objects they open. */
	private static final class Rows {
		final List<String> text = new ArrayList<>();
		final List<EObject> targets = new ArrayList<>();
	}

	@PreDestroy
	public void dispose() {
		if (model != null) {
			model.removeListener(modelListener);
		}
	}
}
