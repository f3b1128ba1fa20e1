package org.mandateworkbench.ui.search;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ComboContentAdapter;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mandateworkbench.index.IndexService;
import org.mandateworkbench.index.query.FacetCount;
import org.mandateworkbench.index.query.SearchHit;
import org.mandateworkbench.index.query.SearchOrder;
import org.mandateworkbench.index.query.SearchRequest;
import org.mandateworkbench.index.query.SearchResult;
import org.mandateworkbench.index.query.TwinText;
import org.mandateworkbench.index.schema.IndexFields;
import org.mandateworkbench.index.schema.UnitIds;
import org.mandateworkbench.index.schema.UnitKind;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Searches the workspace's index: a query box with history and field suggestions (Ctrl+Space), the
 * order, a facet tree to drill down (double-click a value; counts of a chosen dimension are
 * sideways counts) and the hits with their highlighted snippet, symbol, paragraph, date and body.
 * Double-clicking a hit asks the workbench to open it ({@link OpenRequest}); its context menu shows
 * the other language's version. Searches run in a job, off the UI thread; a syntax error is shown
 * with its position and hint, and the caret is put there.
 */
public final class SearchPart {

	private static final int LIMIT = 200;
	private static final char CHOSEN = '\u2713';

	@Inject
	@Translation
	private Messages messages;

	@Inject
	private IEventBroker events;

	@Inject
	private ESelectionService selection;

	@Inject
	@Named(TranslationService.LOCALE)
	private Locale locale;

	private final QueryHistory history = QueryHistory.stored();
	private FacetValueLabels facetValues;
	private final AtomicInteger generation = new AtomicInteger();
	private IndexService index;
	private ModelStore store;
	private String problem;
	private SearchRequest request = SearchRequest.of("", LIMIT); //$NON-NLS-1$
	private boolean pending;

	private Combo query;
	private Combo order;
	private Label status;
	private TreeViewer facets;
	private TableViewer results;
	private Label twinTitle;
	private Text twinText;

	@PostConstruct
	public void createControls(Composite parent) {
		facetValues = new FacetValueLabels(messages, locale);
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		bar.setLayout(new GridLayout(3, false));
		query = new Combo(bar, SWT.DROP_DOWN | SWT.BORDER);
		query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		query.setToolTipText(messages.search_queryTooltip);
		query.setItems(history.queries().toArray(String[]::new));
		identify(query, SearchIds.QUERY);
		query.addListener(SWT.DefaultSelection, e -> search(query.getText()));
		query.addListener(SWT.Selection, e -> search(query.getText()));
		suggestFields();
		order = new Combo(bar, SWT.READ_ONLY);
		order.setItems(messages.search_orderRelevance, messages.search_orderDate);
		order.select(0);
		identify(order, SearchIds.ORDER);
		order.addListener(SWT.Selection, e -> {
			request = request.orderedBy(order.getSelectionIndex() == 1 ? SearchOrder.DATE : SearchOrder.RELEVANCE);
			run();
		});
		Button go = new Button(bar, SWT.PUSH);
		go.setText(messages.search_button);
		go.addListener(SWT.Selection, e -> search(query.getText()));

		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		identify(status, SearchIds.STATUS);

		SashForm sides = new SashForm(parent, SWT.HORIZONTAL);
		sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createFacets(sides);
		SashForm main = new SashForm(sides, SWT.VERTICAL);
		createResults(main);
		createTwin(main);
		main.setWeights(75, 25);
		sides.setWeights(25, 75);
		showIndexState();
	}

	private static void identify(Control control, String id) {
		control.setData(WidgetIds.KEY, id);
	}

	private void suggestFields() {
		ContentProposalAdapter adapter = new ContentProposalAdapter(query, new ComboContentAdapter(),
				new FieldProposals(messages), KeyStroke.getInstance(SWT.CTRL, ' '), null);
		adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_IGNORE);
		adapter.addContentProposalListener(proposal -> {
			String text = query.getText();
			int caret = query.getSelection().x;
			String word = FieldProposals.currentWord(text, caret);
			String replaced = text.substring(0, caret - word.length()) + proposal.getContent() + text.substring(caret);
			query.setText(replaced);
			int end = caret - word.length() + proposal.getContent().length();
			query.setSelection(new Point(end, end));
		});
	}

	private void createFacets(Composite parent) {
		facets = new TreeViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		identify(facets.getControl(), SearchIds.FACETS);
		facets.setContentProvider(new FacetTreeContent());
		facets.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof FacetNode.Dimension dimension) {
					return dimensionLabel(dimension.dimension());
				}
				FacetNode.Value value = (FacetNode.Value) element;
				String label = valueLabel(value.dimension(), value.count().value()) + " (" + value.count().count() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
				return value.chosen() ? CHOSEN + " " + label : label; //$NON-NLS-1$
			}
		});
		facets.addDoubleClickListener(event -> {
			Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (chosen instanceof FacetNode.Value value) {
				String dimension = value.dimension();
				String facetValue = value.count().value();
				request = value.chosen() ? request.withoutDrillDown(dimension, facetValue)
						: request.drillDown(dimension, facetValue);
				run();
			}
		});
	}

	private void createResults(Composite parent) {
		results = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		identify(results.getControl(), SearchIds.RESULTS);
		results.getTable().setHeaderVisible(true);
		results.getTable().setLinesVisible(true);
		results.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn snippet = new TableViewerColumn(results, SWT.NONE);
		snippet.getColumn().setText(messages.column_snippet);
		snippet.getColumn().setWidth(420);
		snippet.setLabelProvider(new SnippetLabels());
		column(messages.column_symbol, 150, hit -> String.join("; ", hit.symbols())); //$NON-NLS-1$
		column(messages.column_paragraph, 80, SearchHit::paragraph);
		column(messages.column_section, 160, SearchHit::section);
		column(messages.column_date, 90, SearchHit::date);
		column(messages.column_body, 90, hit -> String.join(", ", hit.bodies())); //$NON-NLS-1$
		column(messages.column_kind, 130, hit -> kindLabel(hit.kind()));
		results.addDoubleClickListener(event -> open(selectedHit()));
		results.addSelectionChangedListener(event -> publishSelection(selectedHit()));
		MenuManager menu = new MenuManager();
		menu.add(new Action(messages.action_open) {
			@Override
			public void run() {
				open(selectedHit());
			}
		});
		menu.add(new Action(messages.action_otherLanguage) {
			@Override
			public void run() {
				showOtherLanguage(selectedHit());
			}
		});
		results.getTable().setMenu(menu.createContextMenu(results.getTable()));
	}

	private void column(String title, int width, Function<SearchHit, String> text) {
		TableViewerColumn column = new TableViewerColumn(results, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((SearchHit) element);
			}
		});
	}

	private void createTwin(Composite parent) {
		Composite twin = new Composite(parent, SWT.NONE);
		twin.setLayout(new GridLayout(1, false));
		twinTitle = new Label(twin, SWT.NONE);
		twinTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		twinTitle.setText(messages.twin_title);
		identify(twinTitle, SearchIds.TWIN_TITLE);
		twinText = new Text(twin, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
		twinText.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		identify(twinText, SearchIds.TWIN_TEXT);
	}

	/** Takes the index once the background job has opened it, and runs a search typed meanwhile. */
	@Inject
	public void setIndex(@Optional IndexService opened, @Optional @Named(SearchIndexAddon.PROBLEM) String failure,
			@Optional ModelStore model) {
		index = opened;
		problem = failure;
		store = model;
		if (status == null || status.isDisposed()) {
			return;
		}
		showIndexState();
		if (index != null && pending) {
			run();
		}
	}

	private void showIndexState() {
		if (index == null) {
			setStatus(problem != null ? problem : messages.search_preparing, problem != null);
		} else if (request.text().isBlank()) {
			setStatus("", false); //$NON-NLS-1$
		}
	}

	/** Searches for typed text; a new text starts without drill-downs. */
	void search(String text) {
		if (!text.strip().equals(request.text())) {
			request = new SearchRequest(text.strip(), LIMIT, request.order(), Map.of());
		}
		history.add(text);
		String typed = query.getText();
		Point caret = query.getSelection();
		query.setItems(history.queries().toArray(String[]::new));
		query.setText(typed);
		query.setSelection(caret);
		run();
	}

	private void run() {
		if (request.text().isBlank()) {
			return;
		}
		if (index == null) {
			pending = true;
			showIndexState();
			return;
		}
		pending = false;
		setStatus(messages.search_searching, false);
		SearchRequest asked = request;
		IndexService searched = index;
		int mine = generation.incrementAndGet();
		background(messages.search_searching, () -> searched.search(asked), result -> {
			if (mine == generation.get()) {
				show(asked, result);
			}
		});
	}

	/** Runs index work in a job and hands the outcome to the UI thread, unless the part is gone. */
	private <T> void background(String name, IndexWork<T> work, Consumer<T> onUiThread) {
		Control control = results.getControl();
		Job job = Job.create(name, (IProgressMonitor monitor) -> {
			try {
				T value = work.run();
				control.getDisplay().asyncExec(() -> {
					if (!control.isDisposed()) {
						onUiThread.accept(value);
					}
				});
				return Status.OK_STATUS;
			} catch (IOException e) {
				control.getDisplay().asyncExec(() -> {
					if (!control.isDisposed()) {
						setStatus(MessageFormat.format(messages.search_failed, e.getMessage()), true);
					}
				});
				return Status.info(e.getMessage());
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Index work that may fail on reading. */
	@FunctionalInterface
	private interface IndexWork<T> {
		T run() throws IOException;
	}

	private void show(SearchRequest asked, SearchResult result) {
		if (!result.parse().isValid()) {
			int position = result.parse().errorPosition();
			setStatus(MessageFormat.format(messages.search_error, position + 1, result.parse().hint()), true);
			results.setInput(List.of());
			facets.setInput(List.of());
			query.setFocus();
			query.setSelection(new Point(position, Math.min(position + 1, query.getText().length())));
			return;
		}
		int filters = asked.drillDowns().values().stream().mapToInt(List::size).sum();
		setStatus(filters == 0 ? MessageFormat.format(messages.search_count, result.totalHits())
				: MessageFormat.format(messages.search_countFiltered, result.totalHits(), filters), false);
		results.setInput(result.hits());
		List<FacetNode.Dimension> dimensions = new ArrayList<>();
		for (String dimension : IndexFields.FACETS) {
			List<FacetNode.Value> values = new ArrayList<>();
			for (FacetCount count : result.facet(dimension)) {
				values.add(new FacetNode.Value(dimension, count, asked.isDrilledDown(dimension, count.value())));
			}
			if (!values.isEmpty()) {
				dimensions.add(new FacetNode.Dimension(dimension, values));
			}
		}
		facets.setInput(dimensions);
		facets.expandAll();
	}

	private void setStatus(String text, boolean error) {
		status.setText(text);
		status.setForeground(error ? status.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		status.getParent().layout(true);
	}

	private SearchHit selectedHit() {
		return (SearchHit) results.getStructuredSelection().getFirstElement();
	}

	private void publishSelection(SearchHit hit) {
		if (hit != null && store != null) {
			UnitIds.resolve(store.root(), hit.id()).ifPresent(selection::setSelection);
		}
	}

	private void open(SearchHit hit) {
		if (hit != null) {
			open(hit.id(), hit.language());
		}
	}

	private void open(String unitId, String language) {
		if (store == null) {
			return;
		}
		OpenTargets.of(store.root(), unitId, language).ifPresentOrElse(request -> events.send(OpenRequest.TOPIC, request),
				() -> setStatus(messages.open_gone, true));
	}

	private void showOtherLanguage(SearchHit hit) {
		if (hit == null || index == null) {
			return;
		}
		IndexService searched = index;
		background(messages.action_otherLanguage, () -> searched.twin(hit.id(), hit.language()), twin -> showTwin(hit, twin));
	}

	private void showTwin(SearchHit hit, java.util.Optional<TwinText> twin) {
		if (twin.isEmpty()) {
			twinTitle.setText(messages.twin_none);
			twinText.setText(""); //$NON-NLS-1$
			return;
		}
		TwinText other = twin.get();
		String where = String.join("; ", other.symbols()) + (other.paragraph().isEmpty() ? "" : " \u00b6 " + other.paragraph()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		twinTitle.setText(MessageFormat.format(messages.twin_title + " {0} \u2014 {1}", where, //$NON-NLS-1$
				valueLabel(IndexFields.LANG, other.language())));
		twinText.setText(other.text());
		twinTitle.getParent().layout(true);
		open(other.id(), other.language());
	}

	private String dimensionLabel(String dimension) {
		return switch (dimension) {
		case IndexFields.BODY -> messages.facet_body;
		case IndexFields.MEETING -> messages.facet_meeting;
		case IndexFields.YEAR -> messages.facet_year;
		case IndexFields.TYPE -> messages.facet_type;
		case IndexFields.LANG -> messages.facet_lang;
		case IndexFields.STATE -> messages.facet_state;
		case IndexFields.STATUS -> messages.facet_status;
		case IndexFields.ADDRESSEE -> messages.facet_addressee;
		default -> dimension;
		};
	}

	private String valueLabel(String dimension, String value) {
		if (IndexFields.TYPE.equals(dimension)) {
			return kindLabel(value);
		}
		if (IndexFields.BODY.equals(dimension)) {
			return value.toUpperCase(Locale.ROOT);
		}
		return facetValues.label(dimension, value);
	}

	private String kindLabel(String kind) {
		return UnitKind.fromKey(kind).map(known -> switch (known) {
		case RECOMMENDATION -> messages.kind_recommendation;
		case RESOLUTION_PARAGRAPH -> messages.kind_resolutionParagraph;
		case MANDATE -> messages.kind_mandate;
		case NOTE_VERBALE -> messages.kind_noteVerbale;
		case STATE_RESPONSE_TOPIC -> messages.kind_stateResponseTopic;
		case DOCUMENT_TEXT -> messages.kind_documentText;
		case DOCUMENT_PARAGRAPH -> messages.kind_documentParagraph;
		case DOCUMENT_FOOTNOTE -> messages.kind_documentFootnote;
		case DOCUMENT_PASSAGE -> messages.kind_documentPassage;
		}).orElse(kind);
	}

	@Focus
	public void setFocus() {
		query.setFocus();
	}

	/** Shows the snippet with its matches in bold. */
	private static final class SnippetLabels extends StyledCellLabelProvider {

		@Override
		public void update(ViewerCell cell) {
			HighlightedSnippet snippet = HighlightedSnippet.parse(((SearchHit) cell.getElement()).snippet());
			cell.setText(snippet.text());
			List<StyleRange> ranges = new ArrayList<>();
			for (int i = 0; i + 1 < snippet.matches().length; i += 2) {
				StyleRange bold = new StyleRange(snippet.matches()[i], snippet.matches()[i + 1], null, null, SWT.BOLD);
				ranges.add(bold);
			}
			cell.setStyleRanges(ranges.toArray(StyleRange[]::new));
			super.update(cell);
		}
	}
}
