package org.mandateworkbench.ui.dashboard;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
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
import org.mandateworkbench.ui.navigator.ModelLabels;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The secretariat's overview as of today: three charts, each with the list it filters when a bar or
 * point is clicked, the overdue mandates and notes verbales, and the old recommendations never acted
 * on. Figures come from the model's progress queries through the {@code figures} package; this class
 * only presents them. Double-clicking a listed object asks the workbench to open it.
 */
public final class DashboardPart {

	/** Pixels around a line-chart point that still count as clicking it. */
	private static final int POINT_TOLERANCE = 8;
	private static final int DEFAULT_YEARS = 3;
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
	private ModelStore model;
	private Composite root;
	private Chart statusChart;
	private Chart repliesChart;
	private Chart regionChart;
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
		parent.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(4, 4).create());

		statusChart = chart(parent, DashboardWidgetIds.STATUS_CHART, messages.dashboard_statusChart, messages.dashboard_count);
		statusList = list(parent, DashboardWidgetIds.STATUS_CAPTION, DashboardWidgetIds.STATUS_LIST);
		Charts.onClick(statusChart, this::statusClicked);

		repliesChart = chart(parent, DashboardWidgetIds.REPLIES_CHART, messages.dashboard_repliesChart, messages.dashboard_replies);
		repliesList = list(parent, DashboardWidgetIds.REPLIES_CAPTION, DashboardWidgetIds.REPLIES_LIST);
		Charts.onClick(repliesChart, this::replyPointClicked);

		regionChart = chart(parent, DashboardWidgetIds.REGION_CHART, messages.dashboard_regionChart, messages.dashboard_rate);
		regionList = list(parent, DashboardWidgetIds.REGION_CAPTION, DashboardWidgetIds.REGION_LIST);
		Charts.onClick(regionChart, this::regionClicked);

		overdueList = list(parent, "", DashboardWidgetIds.OVERDUE_LIST); //$NON-NLS-1$
		neglectedList = list(parent, DashboardWidgetIds.NEGLECTED_CAPTION, DashboardWidgetIds.NEGLECTED_LIST);
		years = new Spinner(neglectedList.area, SWT.BORDER);
		years.setData(WidgetIds.KEY, DashboardWidgetIds.NEGLECTED_YEARS);
		years.setValues(DEFAULT_YEARS, 0, 99, 0, 1, 5);
		// beside the caption, above the list
		years.moveBelow(neglectedList.caption);
		years.addListener(SWT.Modify, event -> showNeglected());
		recompute();
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

	private Chart chart(Composite parent, String id, String title, String yTitle) {
		Chart chart = Charts.create(parent, id, title, yTitle);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(chart);
		return chart;
	}

	private CaptionedList list(Composite parent, String captionId, String listId) {
		CaptionedList list = new CaptionedList(parent, captionId, listId,
				target -> eventBroker.send(OpenRequest.TOPIC, OpenRequest.of(target)));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(list.area);
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
		LocalDate today = LocalDate.now();
		showStatuses(workspace, today);
		showTimelines(workspace, today);
		showRegions(workspace, today);
		showOverdue(workspace, today);
		showNeglected();
	}

	private void showStatuses(MandateWorkspace workspace, LocalDate today) {
		byStatus = StatusCounts.of(workspace, today);
		String[] names = byStatus.keySet().stream().map(this::statusName).toArray(String[]::new);
		double[] counts = byStatus.values().stream().mapToDouble(List::size).toArray();
		Charts.showBars(statusChart, names, counts);
		showMandates(null);
	}

	/** Lists the mandates of one status, or all of them when {@code status} is null. */
	private void showMandates(MandateStatus status) {
		List<Mandate> mandates = status == null ? byStatus.values().stream().flatMap(List::stream).toList()
				: byStatus.get(status);
		String caption = status == null ? NLS.bind(messages.dashboard_mandatesAll, mandates.size())
				: NLS.bind(messages.dashboard_mandatesWithStatus, statusName(status), mandates.size());
		ModelLabels labels = labels();
		statusList.show(caption, mandates.stream().map(labels::text).toList(), mandates);
	}

	private void statusClicked(Event event) {
		int index = Charts.categoryAt(statusChart, event);
		if (index >= 0) {
			showMandates(MandateStatus.values()[index]);
		}
	}

	private void showTimelines(MandateWorkspace workspace, LocalDate today) {
		for (ISeries<?> series : repliesChart.getSeriesSet().getSeries()) {
			repliesChart.getSeriesSet().deleteSeries(series.getId());
		}
		timelineNotes.clear();
		timelines.clear();
		for (Mandate mandate : workspace.getMandates()) {
			for (NoteVerbaleProgress note : MandateProgress.of(mandate, today).noteVerbales()) {
				List<ReplyTimeline.Point> points = ReplyTimeline.of(note.noteVerbale(), today);
				if (points.size() < 2) {
					continue;
				}
				ILineSeries<?> line = (ILineSeries<?>) repliesChart.getSeriesSet().createSeries(SeriesType.LINE,
						"note" + timelineNotes.size()); //$NON-NLS-1$
				line.setDescription(noteName(note.noteVerbale()));
				line.setXDateSeries(points.stream().map(p -> Date.from(p.date().atStartOfDay().toInstant(ZoneOffset.UTC)))
						.toArray(Date[]::new));
				line.setYSeries(points.stream().mapToDouble(ReplyTimeline.Point::cumulative).toArray());
				line.setLineColor(root.getDisplay().getSystemColor(LINE_COLORS[timelineNotes.size() % LINE_COLORS.length]));
				timelineNotes.add(note.noteVerbale());
				timelines.add(points);
			}
		}
		repliesChart.getAxisSet().getXAxis(0).getTick().setFormat(new SimpleDateFormat("yyyy-MM-dd")); //$NON-NLS-1$
		repliesChart.getAxisSet().adjustRange();
		repliesChart.redraw();
		repliesList.show(messages.dashboard_repliesHint, List.of(), List.of());
	}

	private void replyPointClicked(Event event) {
		ISeries<?>[] series = repliesChart.getSeriesSet().getSeries();
		for (int s = 0; s < series.length && s < timelines.size(); s++) {
			for (int i = 0; i < timelines.get(s).size(); i++) {
				Point pixel = series[s].getPixelCoordinates(i);
				if (Math.abs(pixel.x - event.x) <= POINT_TOLERANCE && Math.abs(pixel.y - event.y) <= POINT_TOLERANCE) {
					showReplies(timelineNotes.get(s), timelines.get(s).get(i));
					return;
				}
			}
		}
	}

	private void showReplies(NoteVerbale note, ReplyTimeline.Point point) {
		ModelLabels labels = labels();
		List<String> rows = point.replies().stream().map(r -> NLS.bind(messages.dashboard_reply, r.getReceivedDate(),
				r.getState() == null ? messages.dashboard_unnamedState : labels.text(r.getState()))).toList();
		repliesList.show(NLS.bind(messages.dashboard_repliesOf, new Object[] { noteName(note), point.cumulative(), point.date() }),
				rows, point.replies().stream().map(StateResponse.class::cast).toList());
	}

	private void showRegions(MandateWorkspace workspace, LocalDate today) {
		regions = RegionalResponseRates.of(workspace, today);
		Charts.showBars(regionChart, regions.stream().map(r -> groupName(r.group())).toArray(String[]::new),
				regions.stream().mapToDouble(r -> Math.round(r.rate() * 1000) / 10.0).toArray());
		regionList.show(messages.dashboard_regionHint, List.of(), List.of());
	}

	private void regionClicked(Event event) {
		int index = Charts.categoryAt(regionChart, event);
		if (index < 0 || index >= regions.size()) {
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
		regionList.show(NLS.bind(messages.dashboard_regionOf,
				new Object[] { groupName(group.group()), group.replied(), group.addressed() }), rows.text, rows.targets);
	}

	private void showOverdue(MandateWorkspace workspace, LocalDate today) {
		OverdueItems overdue = OverdueItems.of(workspace, today);
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
		List<OutstandingRecommendation> neglected = NeglectedRecommendations.of(model.root(), LocalDate.now(),
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

	private String statusName(MandateStatus status) {
		return switch (status) {
		case PENDING -> messages.status_PENDING;
		case IN_PROGRESS -> messages.status_IN_PROGRESS;
		case COMPLETED -> messages.status_COMPLETED;
		case RECURRENT -> messages.status_RECURRENT;
		case SUPERSEDED -> messages.status_SUPERSEDED;
		case DISCONTINUED -> messages.status_DISCONTINUED;
		};
	}

	private String groupName(RegionalGroup group) {
		return switch (group) {
		case NONE -> messages.group_NONE;
		case AFRICAN -> messages.group_AFRICAN;
		case ASIA_PACIFIC -> messages.group_ASIA_PACIFIC;
		case EASTERN_EUROPEAN -> messages.group_EASTERN_EUROPEAN;
		case LATIN_AMERICAN_CARIBBEAN -> messages.group_LATIN_AMERICAN_CARIBBEAN;
		case WESTERN_EUROPEAN_OTHERS -> messages.group_WESTERN_EUROPEAN_OTHERS;
		};
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
