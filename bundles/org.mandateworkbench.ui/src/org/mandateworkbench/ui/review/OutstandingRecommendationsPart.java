package org.mandateworkbench.ui.review;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.model.progress.OutstandingRecommendations;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.ModelSubscription;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.UiPreferences;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.internal.table.GroupedRow;
import org.mandateworkbench.ui.navigator.ModelLabels;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The bureau's review of the recommendations still outstanding today: one row per recommendation,
 * a free filter over every column and a filter row per column, sorting by a click on a header,
 * grouping by meeting, addressee or status (a double click on a group folds it), a column chooser,
 * CSV and XLSX export and a count of the rows shown. Publishes the selected recommendation; a
 * double click on it asks for it to be opened. Recomputed when the model changes.
 */
public final class OutstandingRecommendationsPart {

	/** Below this many rows the first keystroke builds the filter's index unnoticed. */
	private static final int INDEX_AHEAD_FROM_ROWS = 2_000;
	private static final long INDEX_SLICE_NANOS = 15_000_000;

	@Inject
	private ESelectionService selectionService;

	@Inject
	private IEventBroker eventBroker;

	@Inject
	@Translation
	private Messages messages;

	@Inject
	@Named(TranslationService.LOCALE)
	private Locale locale;

	@Inject
	private MPart part;

	private final ModelSubscription subscription = new ModelSubscription(event -> refreshLater());
	private ModelStore model;
	private Text filter;
	private Label count;
	private NatTable table;
	private ReviewColumns columns;
	private ReviewRows rows;
	private ReviewGridLayer grid;
	private ReviewExport export;
	private int indexGeneration;

	@PostConstruct
	public void createControls(Composite parent) {
		part.setLabel(messages.review_title);
		parent.setLayout(GridLayoutFactory.fillDefaults().margins(4, 4).create());
		columns = new ReviewColumns(messages, this::labels, locale, () -> UiPreferences.dateFormatter(locale));
		rows = new ReviewRows(columns, Collator.getInstance(locale));
		export = new ReviewExport(columns);
		createToolBar(parent);
		createTable(parent);
		recompute();
	}

	private void createToolBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(7).applyTo(bar);
		filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setData(WidgetIds.KEY, WidgetIds.REVIEW_FILTER);
		filter.setMessage(messages.review_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(event -> {
			rows.setAnyColumn(filter.getText());
			showRows();
		});

		new Label(bar, SWT.NONE).setText(messages.review_groupBy);
		Combo groupBy = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		groupBy.setData(WidgetIds.KEY, WidgetIds.REVIEW_GROUP_BY);
		for (ReviewGrouping grouping : ReviewGrouping.values()) {
			groupBy.add(grouping.label(messages));
		}
		groupBy.select(0);
		groupBy.addListener(SWT.Selection, event -> {
			rows.setGrouping(ReviewGrouping.values()[groupBy.getSelectionIndex()]);
			showRows();
		});

		Button chooser = new Button(bar, SWT.PUSH);
		chooser.setText(messages.review_columns);
		chooser.setToolTipText(messages.review_columnsTooltip);
		chooser.setData(WidgetIds.KEY, WidgetIds.REVIEW_COLUMNS);
		chooser.addListener(SWT.Selection,
				event -> new ColumnChooserMenu(grid.body().hideShowLayer(), columns.headers()).openBelow(chooser));

		exportButton(bar, messages.review_exportCsv, WidgetIds.REVIEW_EXPORT_CSV, ReviewExport.Format.CSV);
		exportButton(bar, messages.review_exportXlsx, WidgetIds.REVIEW_EXPORT_XLSX, ReviewExport.Format.XLSX);

		count = new Label(bar, SWT.NONE);
		count.setData(WidgetIds.KEY, WidgetIds.REVIEW_COUNT);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(count);
	}

	private void exportButton(Composite bar, String label, String id, ReviewExport.Format format) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(label);
		button.setData(WidgetIds.KEY, id);
		button.addListener(SWT.Selection, event -> chooseFileAndExport(format));
	}

	private void createTable(Composite parent) {
		ListDataProvider<GroupedRow<OutstandingRecommendation>> data = new ListDataProvider<>(rows.shown(),
				new ReviewRowAccessor(columns, messages));
		ConfigRegistry configRegistry = new ConfigRegistry();
		grid = ReviewGridLayer.create(data, columns.headers().toArray(String[]::new),
				new ReviewSortModel(rows, this::showRows), new ReviewFilterStrategy(rows, this::showRows),
				configRegistry);
		table = new NatTable(parent, grid, false);
		table.setConfigRegistry(configRegistry);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new SingleClickSortConfiguration());
		table.addConfiguration(new ReviewStyleConfiguration());
		table.configure();
		table.setData(WidgetIds.KEY, WidgetIds.REVIEW_TABLE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		new ReviewTextToolTip(table, rows.shown(), columns);

		new RowSelectionProvider<>(grid.body().selectionLayer(), data, false).addSelectionChangedListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof GroupedRow.Member<?> member
					&& member.row() instanceof OutstandingRecommendation row) {
				selectionService.setSelection(row.recommendation());
			}
		});
		table.addListener(SWT.MouseDoubleClick, event -> doubleClicked(event.x, event.y));
	}

	/** A double click folds or unfolds a group, or asks for a recommendation to be opened. */
	private void doubleClicked(int x, int y) {
		ILayerCell cell = table.getCellByPosition(table.getColumnPositionByX(x), table.getRowPositionByY(y));
		if (cell == null || !cell.getConfigLabels().hasLabel(GridRegion.BODY) || cell.getRowIndex() < 0
				|| cell.getRowIndex() >= rows.shown().size()) {
			return;
		}
		switch (rows.shown().get(cell.getRowIndex())) {
		case GroupedRow.Header<OutstandingRecommendation> header -> {
			rows.toggle(header.key());
			showRows();
		}
		case GroupedRow.Member<OutstandingRecommendation> member -> eventBroker.send(OpenRequest.TOPIC,
				OpenRequest.of(member.row().recommendation()));
		}
	}

	@Inject
	public void setModel(@Optional ModelStore loaded) {
		subscription.follow(loaded);
		model = loaded;
		recompute();
	}

	/**
	 * Writes the rows passing the filters, in the shown order and with the shown columns, to a file.
	 *
	 * @return false, after telling the user why, when the file could not be written
	 */
	public boolean exportTo(Path file, String formatExtension) {
		ReviewExport.Format format = "xlsx".equalsIgnoreCase(formatExtension) ? ReviewExport.Format.XLSX //$NON-NLS-1$
				: ReviewExport.Format.CSV;
		try {
			export.write(export.snapshot(rows.matching(), column -> !grid.body().hideShowLayer().isColumnIndexHidden(column)),
					file, format, messages.review_title);
			return true;
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(table.getShell(), messages.review_exportTitle,
					NLS.bind(messages.review_exportFailed, file, e.getMessage()));
			return false;
		}
	}

	private void chooseFileAndExport(ReviewExport.Format format) {
		FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
		dialog.setText(messages.review_exportTitle);
		dialog.setFilterExtensions(new String[] { "*." + format.extension() }); //$NON-NLS-1$
		dialog.setFileName(messages.review_exportFileName + '.' + format.extension());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			exportTo(Path.of(chosen), format.extension());
		}
	}

	private ModelLabels labels() {
		return new ModelLabels(model == null ? null : model.adapterFactory(), messages, locale);
	}

	private void refreshLater() {
		if (table != null && !table.isDisposed()) {
			table.getDisplay().asyncExec(this::recompute);
		}
	}

	private void recompute() {
		if (table == null || table.isDisposed()) {
			return;
		}
		List<OutstandingRecommendation> outstanding = model == null ? List.of()
				: OutstandingRecommendations.of(model.root(), LocalDate.now());
		rows.setAll(outstanding);
		showRows();
		prepareFilterWhenIdle(outstanding.size());
	}

	/**
	 * Builds the filter's index of the rows in short slices while the UI is otherwise idle, so that
	 * the first keystroke in a filter does not wait for it (up to a second for 100k rows). Input
	 * events are handled between slices; a keystroke before the end completes the index itself.
	 */
	private void prepareFilterWhenIdle(int rowCount) {
		int generation = ++indexGeneration;
		if (rowCount < INDEX_AHEAD_FROM_ROWS) {
			return;
		}
		Runnable slice = new Runnable() {
			@Override
			public void run() {
				// a newer set of rows has its own slices
				if (generation == indexGeneration && !table.isDisposed() && !rows.prepareFilter(INDEX_SLICE_NANOS)) {
					table.getDisplay().asyncExec(this);
				}
			}
		};
		table.getDisplay().asyncExec(slice);
	}

	private void showRows() {
		if (table == null || table.isDisposed()) {
			return;
		}
		rows.update();
		count.setText(NLS.bind(messages.review_count, rows.matching().size(), rows.total()));
		count.getParent().layout();
		// Only the rows changed. NatTable's full refresh also announces a change of the columns, and
		// the selection model answers that with a pass over every row (half a keystroke's time at 100k).
		DataLayer data = grid.body().dataLayer();
		data.fireLayerEvent(new RowStructuralRefreshEvent(data));
		table.redraw();
	}

	@Focus
	public void setFocus() {
		filter.setFocus();
	}

	@PreDestroy
	public void dispose() {
		subscription.close();
	}
}
