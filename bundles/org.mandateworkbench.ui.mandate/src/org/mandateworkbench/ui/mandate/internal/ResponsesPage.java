package org.mandateworkbench.ui.mandate.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.RegionalGroup;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.TopicSummary;
import org.mandateworkbench.ui.mandate.MandateEditorIds;
import org.mandateworkbench.ui.mandate.internal.ResponseMatrix.Cell;

/**
 * The States x notes verbales matrix "as of" a date, filtered by regional group and sorted by name
 * or reply time; double-clicking a received cell opens the reply.
 */
final class ResponsesPage implements MandatePage {

	private static final int NOTE_COLUMN_WIDTH = 190;
	private static final int STATE_COLUMN_WIDTH = 240;

	private final MandateEditorContext context;
	private Text asOf;
	private Combo group;
	private Combo sort;
	private LocalDate date;
	private ResponseMatrixDataProvider data;
	private DataLayer bodyData;
	private SelectionLayer selection;
	private NatTable table;

	ResponsesPage(MandateEditorContext context) {
		this.context = context;
		this.date = context.today();
	}

	@Override
	public String title() {
		return Messages.page_responses;
	}

	@Override
	public String widgetId() {
		return MandateEditorIds.PAGE_RESPONSES;
	}

	@Override
	public Control create(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(page, SWT.NONE);
		bar.setLayout(new GridLayout(6, false));
		new Label(bar, SWT.NONE).setText(Messages.responses_asOf);
		asOf = Widgets.id(new Text(bar, SWT.BORDER), MandateEditorIds.AS_OF);
		asOf.setLayoutData(new GridData(100, SWT.DEFAULT));
		asOf.setText(IsoDates.format(date));
		asOf.addListener(SWT.DefaultSelection, event -> applyAsOf());
		asOf.addListener(SWT.FocusOut, event -> applyAsOf());
		new Label(bar, SWT.NONE).setText(Messages.responses_group);
		group = Widgets.id(new Combo(bar, SWT.READ_ONLY), MandateEditorIds.GROUP_FILTER);
		group.add(Messages.group_all);
		for (RegionalGroup value : RegionalGroup.values()) {
			group.add(groupLabel(value));
		}
		group.select(0);
		group.addListener(SWT.Selection, event -> refresh());
		new Label(bar, SWT.NONE).setText(Messages.responses_sort);
		sort = Widgets.id(new Combo(bar, SWT.READ_ONLY), MandateEditorIds.SORT);
		sort.add(Messages.sort_state);
		sort.add(Messages.sort_replyTime);
		sort.select(0);
		sort.addListener(SWT.Selection, event -> refresh());

		data = new ResponseMatrixDataProvider(matrix());
		table = Widgets.id(new NatTable(page, createGrid()), MandateEditorIds.RESPONSES);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.getUiBindingRegistry().registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE),
				(natTable, event) -> openResponse(natTable, event));
		return page;
	}

	// The composed stack: data, selection and viewport in the body; column and row headers; corner.
	private GridLayer createGrid() {
		bodyData = new DataLayer(data, NOTE_COLUMN_WIDTH, DataLayer.DEFAULT_ROW_HEIGHT);
		selection = new SelectionLayer(bodyData);
		ViewportLayer viewport = new ViewportLayer(selection);
		IDataProvider columnNames = data.columnHeader(this::noteName);
		ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DataLayer(columnNames, NOTE_COLUMN_WIDTH,
				DataLayer.DEFAULT_ROW_HEIGHT), viewport, selection);
		IDataProvider rowNames = data.rowHeader();
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DataLayer(rowNames, STATE_COLUMN_WIDTH, DataLayer.DEFAULT_ROW_HEIGHT),
				viewport, selection);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(columnNames, rowNames)), rowHeader,
				columnHeader);
		return new GridLayer(viewport, columnHeader, rowHeader, corner);
	}

	@Override
	public void refresh() {
		if (table == null) {
			return;
		}
		data.setMatrix(matrix());
		table.refresh();
	}

	@Override
	public boolean shows(EObject object) {
		return object instanceof StateResponse || object instanceof TopicSummary;
	}

	/** Selects the cell that counts the response (of a topic summary) in the matrix as of the shown date. */
	@Override
	public void reveal(EObject object) {
		StateResponse response = object instanceof TopicSummary summary && summary.eContainer() instanceof StateResponse owner
				? owner : object instanceof StateResponse direct ? direct : null;
		ResponseMatrix matrix = data.matrix();
		int column = response == null ? -1 : matrix.notes().indexOf(response.getNoteVerbale());
		if (column < 0) {
			return;
		}
		for (int row = 0; row < matrix.rows().size(); row++) {
			if (matrix.cell(row, column).responses().contains(response)) {
				table.doCommand(new SelectCellCommand(selection, column, row, false, false));
				return;
			}
		}
	}

	/** The matrix shown, for tests and for the double-click. */
	ResponseMatrix shownMatrix() {
		return data.matrix();
	}

	private ResponseMatrix matrix() {
		int groupIndex = group == null ? 0 : group.getSelectionIndex();
		RegionalGroup filter = groupIndex <= 0 ? null : RegionalGroup.values()[groupIndex - 1];
		ResponseMatrix.Sort order = sort != null && sort.getSelectionIndex() == 1 ? ResponseMatrix.Sort.REPLY_TIME
				: ResponseMatrix.Sort.STATE;
		return ResponseMatrix.of(context.mandate(), date, filter, order, state -> context.text(state.getName()));
	}

	private String noteName(NoteVerbale note) {
		String reference = note.getReference() == null || note.getReference().isBlank() ? "" : " " + note.getReference(); //$NON-NLS-1$ //$NON-NLS-2$
		return NLS.bind(Messages.responses_note, IsoDates.format(note.getDate()), reference);
	}

	private void applyAsOf() {
		Optional<LocalDate> parsed = IsoDates.parse(asOf.getText());
		if (parsed.isEmpty()) {
			context.reportProblem(NLS.bind(Messages.responses_badAsOf, asOf.getText()));
			return;
		}
		if (!parsed.get().equals(date)) {
			date = parsed.get();
			refresh();
		}
	}

	private void openResponse(NatTable natTable, MouseEvent event) {
		ILayerCell cell = natTable.getCellByPosition(natTable.getColumnPositionByX(event.x), natTable.getRowPositionByY(event.y));
		if (cell == null) {
			return;
		}
		int row = cell.getRowIndex();
		int column = cell.getColumnIndex();
		if (row < 0 || column < 0 || data.isTotalRow(row) || row >= data.matrix().rows().size()) {
			return;
		}
		Cell shown = data.matrix().cell(row, column);
		if (!shown.responses().isEmpty()) {
			StateResponse response = shown.responses().getFirst();
			context.open(response, null);
		}
	}

	private static String groupLabel(RegionalGroup group) {
		return switch (group) {
			case NONE -> Messages.group_none;
			case AFRICAN -> Messages.group_african;
			case ASIA_PACIFIC -> Messages.group_asiaPacific;
			case EASTERN_EUROPEAN -> Messages.group_easternEuropean;
			case LATIN_AMERICAN_CARIBBEAN -> Messages.group_latinAmerican;
			case WESTERN_EUROPEAN_OTHERS -> Messages.group_westernEuropean;
		};
	}
}
