package org.mandateworkbench.ui.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mandateworkbench.model.progress.OutstandingRecommendation;
import org.mandateworkbench.model.progress.OutstandingRecommendations;
import org.mandateworkbench.store.ModelChangeListener;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.navigator.ModelLabels;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The bureau's review of the recommendations still outstanding today: one row per recommendation,
 * a filter over every shown column and a count of the rows shown. Publishes the selected
 * recommendation, so the preview shows it. Recomputed when the model changes.
 */
public final class OutstandingRecommendationsPart {

	@Inject
	private ESelectionService selectionService;

	@Inject
	@Translation
	private Messages messages;

	@Inject
	@Named(TranslationService.LOCALE)
	private Locale locale;

	@Inject
	private MPart part;

	private final List<OutstandingRecommendation> shown = new ArrayList<>();
	private final ModelChangeListener modelListener = event -> refreshLater();
	private List<OutstandingRecommendation> outstanding = List.of();
	private ModelStore model;
	private Text filter;
	private Label count;
	private NatTable table;
	private ReviewColumns columns;

	@PostConstruct
	public void createControls(Composite parent) {
		part.setLabel(messages.review_title);
		parent.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).create());

		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setData(WidgetIds.KEY, WidgetIds.REVIEW_FILTER);
		filter.setMessage(messages.review_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		count = new Label(parent, SWT.NONE);
		count.setData(WidgetIds.KEY, WidgetIds.REVIEW_COUNT);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(count);

		columns = new ReviewColumns(messages, this::labels, locale);
		ListDataProvider<OutstandingRecommendation> rows = new ListDataProvider<>(shown, columns);
		ReviewGridLayer grid = ReviewGridLayer.create(rows, columns.headers());
		table = new NatTable(parent, grid, false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.configure();
		table.setData(WidgetIds.KEY, WidgetIds.REVIEW_TABLE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table);

		new RowSelectionProvider<>(grid.body().selectionLayer(), rows, false).addSelectionChangedListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof OutstandingRecommendation row) {
				selectionService.setSelection(row.recommendation());
			}
		});
		filter.addModifyListener(event -> showRows());
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
		outstanding = model == null ? List.of() : OutstandingRecommendations.of(model.root(), LocalDate.now());
		showRows();
	}

	private void showRows() {
		List<OutstandingRecommendation> matching = new ReviewRowFilter(columns).apply(outstanding, filter.getText());
		shown.clear();
		shown.addAll(matching);
		count.setText(NLS.bind(messages.review_count, shown.size(), outstanding.size()));
		count.getParent().layout();
		table.refresh();
	}

	@Focus
	public void setFocus() {
		filter.setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (model != null) {
			model.removeListener(modelListener);
		}
	}
}
