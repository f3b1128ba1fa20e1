package org.mandateworkbench.ui.mandate.internal;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.mandateworkbench.model.Indicator;
import org.mandateworkbench.model.Observation;
import org.mandateworkbench.ui.mandate.MandateEditorIds;

/**
 * The dated observations of the indicators linked to the mandate as an SWTChart line chart, with a
 * table of the observations and fields to add one or change the selected one.
 */
final class IndicatorsPage implements MandatePage {

	private static final int[] COLORS = { SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_RED, SWT.COLOR_DARK_GREEN,
			SWT.COLOR_DARK_MAGENTA, SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW };

	private final MandateEditorContext context;
	private final List<Indicator> indicators = new ArrayList<>();
	private final List<Observation> rows = new ArrayList<>();
	private Chart chart;
	private Table table;
	private Combo indicatorField;
	private Text dateField;
	private Text valueField;

	IndicatorsPage(MandateEditorContext context) {
		this.context = context;
	}

	@Override
	public String title() {
		return Messages.page_indicators;
	}

	@Override
	public String widgetId() {
		return MandateEditorIds.PAGE_INDICATORS;
	}

	@Override
	public Control create(Composite parent) {
		SashForm page = new SashForm(parent, SWT.VERTICAL);
		chart = Widgets.id(new Chart(page, SWT.NONE), MandateEditorIds.INDICATOR_CHART);
		chart.getTitle().setText(Messages.indicators_chartTitle);
		chart.getAxisSet().getXAxis(0).getTitle().setText(Messages.indicators_date);
		chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.indicators_value);
		// the series are dates at midnight UTC; the ticks show them as dates, as the table does
		SimpleDateFormat ticks = new SimpleDateFormat("yyyy-MM-dd"); //$NON-NLS-1$
		ticks.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
		chart.getAxisSet().getXAxis(0).getTick().setFormat(ticks);
		Composite editing = new Composite(page, SWT.NONE);
		editing.setLayout(new GridLayout(1, false));
		table = Widgets.id(Widgets.table(editing, SWT.SINGLE, 1, Messages.indicators_indicator, Messages.indicators_date,
				Messages.indicators_value), MandateEditorIds.OBSERVATIONS);
		table.getColumn(0).setWidth(420);
		table.addListener(SWT.Selection, event -> showSelected());
		Composite fields = new Composite(editing, SWT.NONE);
		fields.setLayout(new GridLayout(9, false));
		new Label(fields, SWT.NONE).setText(Messages.indicators_indicator);
		indicatorField = Widgets.id(new Combo(fields, SWT.READ_ONLY), MandateEditorIds.OBSERVATION_INDICATOR);
		new Label(fields, SWT.NONE).setText(Messages.indicators_date);
		dateField = Widgets.id(new Text(fields, SWT.BORDER), MandateEditorIds.OBSERVATION_DATE);
		dateField.setLayoutData(new GridData(100, SWT.DEFAULT));
		dateField.setText(IsoDates.format(context.today()));
		new Label(fields, SWT.NONE).setText(Messages.indicators_value);
		valueField = Widgets.id(new Text(fields, SWT.BORDER), MandateEditorIds.OBSERVATION_VALUE);
		valueField.setLayoutData(new GridData(80, SWT.DEFAULT));
		Button add = Widgets.id(new Button(fields, SWT.PUSH), MandateEditorIds.OBSERVATION_ADD);
		add.setText(Messages.indicators_add);
		add.addListener(SWT.Selection, event -> add());
		Button change = new Button(fields, SWT.PUSH);
		change.setText(Messages.indicators_change);
		change.addListener(SWT.Selection, event -> change());
		Button remove = new Button(fields, SWT.PUSH);
		remove.setText(Messages.indicators_remove);
		remove.addListener(SWT.Selection, event -> selected().ifPresent(
				o -> context.execute(MandateCommands.removeObservation(context.store(), o))));
		page.setWeights(3, 2);
		refresh();
		return page;
	}

	@Override
	public void refresh() {
		indicators.clear();
		context.store().root().getIndicators().stream().filter(i -> i.getMandate() == context.mandate())
				.forEach(indicators::add);
		int chosen = Math.max(0, indicatorField.getSelectionIndex());
		indicatorField.removeAll();
		indicators.forEach(i -> indicatorField.add(context.text(i.getName())));
		if (!indicators.isEmpty()) {
			indicatorField.select(Math.min(chosen, indicators.size() - 1));
		}
		rows.clear();
		table.removeAll();
		for (Indicator indicator : indicators) {
			for (Observation observation : indicator.getObservations()) {
				rows.add(observation);
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { context.text(indicator.getName()), IsoDates.format(observation.getDate()),
						format(observation.getValue()) });
			}
		}
		drawChart();
	}

	private void drawChart() {
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			List<Observation> dated = indicator.getObservations().stream().filter(o -> o.getDate() != null)
					.sorted(Comparator.comparing(Observation::getDate)).toList();
			if (dated.isEmpty()) {
				continue;
			}
			ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, indicator.getId());
			line.setDescription(context.text(indicator.getName()));
			line.setXLocalDateSeries(dated.stream().map(Observation::getDate).toArray(LocalDate[]::new), ZoneOffset.UTC);
			line.setYSeries(dated.stream().mapToDouble(Observation::getValue).toArray());
			line.setLineColor(chart.getDisplay().getSystemColor(COLORS[i % COLORS.length]));
			line.setSymbolColor(chart.getDisplay().getSystemColor(COLORS[i % COLORS.length]));
		}
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	/** The number of lines the chart draws. */
	int seriesCount() {
		return chart.getSeriesSet().getSeries().length;
	}

	private Optional<Observation> selected() {
		int index = table.getSelectionIndex();
		return index < 0 ? Optional.empty() : Optional.of(rows.get(index));
	}

	private void showSelected() {
		selected().ifPresent(o -> {
			dateField.setText(IsoDates.format(o.getDate()));
			valueField.setText(format(o.getValue()));
			indicatorField.select(indicators.indexOf((Indicator) o.eContainer()));
		});
	}

	private void add() {
		int index = indicatorField.getSelectionIndex();
		if (index < 0) {
			context.reportProblem(Messages.indicators_noIndicator);
			return;
		}
		read().ifPresent(value -> context.execute(MandateCommands.addObservation(context.store(), indicators.get(index),
				value.date(), value.number())));
	}

	private void change() {
		Optional<Observation> observation = selected();
		if (observation.isPresent()) {
			read().ifPresent(value -> context.execute(MandateCommands.editObservation(context.store(), observation.get(),
					value.date(), value.number())));
		}
	}

	private record Input(LocalDate date, double number) {
	}

	private Optional<Input> read() {
		Optional<LocalDate> date = IsoDates.parse(dateField.getText());
		if (date.isEmpty()) {
			context.reportProblem(NLS.bind(Messages.indicators_badDate, dateField.getText()));
			return Optional.empty();
		}
		try {
			return Optional.of(new Input(date.get(), Double.parseDouble(valueField.getText().strip())));
		} catch (NumberFormatException e) {
			context.reportProblem(NLS.bind(Messages.indicators_badValue, valueField.getText()));
			return Optional.empty();
		}
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}
}
