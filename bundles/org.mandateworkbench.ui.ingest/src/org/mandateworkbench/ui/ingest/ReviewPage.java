package org.mandateworkbench.ui.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.mandateworkbench.ingest.merge.ImportChange;
import org.mandateworkbench.ingest.merge.ImportPlan;
import org.mandateworkbench.ingest.merge.MeetingConflict;
import org.mandateworkbench.ingest.merge.MeetingKeys;
import org.mandateworkbench.model.LocalizedString;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.store.ModelStore;

/**
 * Second page: the source text on the left, the proposed objects on the right. Each effective change
 * can be accepted or rejected with its check box; the value of an update and the text of a new
 * recommendation can be edited in place. Selecting a row shows its file's text and highlights the span
 * it was read from. Above them, each file that names another meeting than the chosen one shows the
 * warning and a choice: keep the chosen meeting, or place the file as it says.
 */
final class ReviewPage extends WizardPage {

	private final Messages messages;
	private final ChangeLabels labels;
	private final List<ImportPlan> plans = new ArrayList<>();
	private final List<String> readProblems = new ArrayList<>();
	/** Told the reviewer's choice for a conflicting file: its source name and whether to keep the target. */
	private final BiConsumer<String, Boolean> onDecision;
	private Composite conflicts;
	private CheckboxTableViewer table;
	private StyledText source;
	private Label summary;
	private Label problems;
	private ImportPlan shown;

	ReviewPage(Messages messages, ModelStore store, BiConsumer<String, Boolean> onDecision) {
		super("review"); //$NON-NLS-1$
		this.messages = messages;
		this.onDecision = onDecision;
		this.labels = new ChangeLabels(messages, store.adapterFactory());
		setTitle(messages.review_title);
		setDescription(messages.review_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		conflicts = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(conflicts);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(conflicts);
		SashForm sash = new SashForm(page, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).hint(1100, 500).applyTo(sash);
		source = new StyledText(sash, SWT.BORDER | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		source.setData(ImportWidgetIds.KEY, ImportWidgetIds.SOURCE);
		table = CheckboxTableViewer.newCheckList(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setData(ImportWidgetIds.KEY, ImportWidgetIds.CHANGES);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(messages.column_kind, 90, labels::kind, false);
		column(messages.column_category, 130, labels::category, false);
		column(messages.column_label, 150, ImportChange::label, false);
		column(messages.column_value, 320, labels::value, true);
		column(messages.column_where, 60, labels::where, false);
		column(messages.column_confidence, 60, ChangeLabels::confidence, false);
		table.setCheckStateProvider(new ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return ((ImportChange) element).isAccepted();
			}

			@Override
			public boolean isGrayed(Object element) {
				return !((ImportChange) element).isEffective();
			}
		});
		table.addCheckStateListener(event -> {
			ImportChange change = (ImportChange) event.getElement();
			if (change.isEffective()) {
				change.setAccepted(event.getChecked());
			} else {
				table.setChecked(change, false);
			}
			updateSummary();
		});
		table.addSelectionChangedListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof ImportChange change) {
				highlight(change);
			}
		});
		sash.setWeights(2, 3);
		summary = new Label(page, SWT.NONE);
		summary.setData(ImportWidgetIds.KEY, ImportWidgetIds.SUMMARY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		problems = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(1100, SWT.DEFAULT).applyTo(problems);
		setControl(page);
	}

	private void column(String title, int width, java.util.function.Function<ImportChange, String> text, boolean editable) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ImportChange) element);
			}
		});
		if (editable) {
			column.setEditingSupport(new ValueEditing());
		}
	}

	/** Shows what the analysis and matching found. */
	void show(List<ImportPlan> newPlans, List<String> newProblems) {
		plans.clear();
		plans.addAll(newPlans);
		readProblems.clear();
		readProblems.addAll(newProblems);
		List<ImportChange> changes = plans.stream().flatMap(p -> p.changes().stream()).toList();
		table.setInput(changes);
		table.refresh();
		shown = null;
		showSource(plans.isEmpty() ? null : plans.get(0));
		List<String> all = new ArrayList<>(readProblems);
		plans.forEach(p -> all.addAll(p.proposal().problems().stream().map(s -> p.proposal().source() + ": " + s).toList())); //$NON-NLS-1$
		plans.forEach(p -> all.addAll(p.problems()));
		problems.setText(all.isEmpty() ? "" : messages.review_problems + "\n" + String.join("\n", all)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		showConflicts();
		updateSummary();
		setPageComplete(!plans.isEmpty());
		((Composite) getControl()).layout(true, true);
	}

	/** One row per file naming another meeting than the chosen one: the warning and the two choices. */
	private void showConflicts() {
		for (Control child : conflicts.getChildren()) {
			child.dispose();
		}
		List<MeetingConflict> found = plans.stream().flatMap(p -> p.conflict().stream()).toList();
		for (MeetingConflict conflict : found) {
			Composite row = new Composite(conflicts, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
			Label message = new Label(row, SWT.WRAP);
			// worded here, in the workbench's language (the core's message follows the JVM's first locale)
			message.setText(messages.review_conflict.replace("{0}", conflict.source()) //$NON-NLS-1$
					.replace("{1}", conflict.fileSays()).replace("{2}", MeetingKeys.describe(conflict.target()))); //$NON-NLS-1$ //$NON-NLS-2$
			message.setForeground(row.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			message.setData(ImportWidgetIds.KEY, ImportWidgetIds.CONFLICT_MESSAGE);
			GridDataFactory.fillDefaults().grab(true, false).hint(700, SWT.DEFAULT).applyTo(message);
			choice(row, messages.review_keepTarget.replace("{0}", MeetingKeys.describe(conflict.target())), //$NON-NLS-1$
					ImportWidgetIds.CONFLICT_KEEP, conflict, true);
			choice(row, messages.review_followFile, ImportWidgetIds.CONFLICT_FILE, conflict, false);
		}
		((GridData) conflicts.getLayoutData()).exclude = found.isEmpty();
		conflicts.setVisible(!found.isEmpty());
	}

	private void choice(Composite row, String text, String id, MeetingConflict conflict, boolean keep) {
		Button button = new Button(row, SWT.RADIO);
		button.setText(text);
		button.setData(ImportWidgetIds.KEY, id);
		button.setSelection(conflict.keptTarget() == keep);
		button.addListener(SWT.Selection, e -> {
			// matching again rebuilds this row, so not from inside the button's own event
			if (button.getSelection() && conflict.keptTarget() != keep) {
				button.getDisplay().asyncExec(() -> onDecision.accept(conflict.source(), keep));
			}
		});
	}

	/** The plans as the reviewer left them. */
	List<ImportPlan> plans() {
		return List.copyOf(plans);
	}

	private void showSource(ImportPlan plan) {
		if (plan == shown) {
			return;
		}
		shown = plan;
		source.setText(plan == null ? "" : plan.sourceText()); //$NON-NLS-1$
	}

	private void highlight(ImportChange change) {
		if (change.span() == null) {
			return;
		}
		plans.stream().filter(p -> p.changes().contains(change)).findFirst().ifPresent(this::showSource);
		int length = source.getCharCount();
		int start = Math.min(change.span().start(), length);
		int end = Math.min(change.span().end(), length);
		source.setStyleRange(null);
		StyleRange range = new StyleRange(start, end - start, null,
				source.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		source.setStyleRange(range);
		source.setSelection(start, end);
		source.showSelection();
	}

	private void updateSummary() {
		long effective = plans.stream().mapToLong(p -> p.effectiveChanges().size()).sum();
		long accepted = plans.stream().mapToLong(p -> p.committedChanges().size()).sum();
		summary.setText(messages.review_accepted.replace("{0}", String.valueOf(accepted)).replace("{1}", //$NON-NLS-1$ //$NON-NLS-2$
				String.valueOf(effective)));
		if (isCurrentPage()) {
			getContainer().updateButtons();
		}
	}

	/** Edits the value of an update (text or ISO date) or the text of a new recommendation. */
	private final class ValueEditing extends EditingSupport {

		ValueEditing() {
			super(table);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(table.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			ImportChange change = (ImportChange) element;
			return change.kind() == ImportChange.Kind.UPDATE
					&& (change.value() instanceof String || change.value() instanceof LocalDate)
					|| change.kind() == ImportChange.Kind.ADD && change.object() instanceof Recommendation;
		}

		@Override
		protected Object getValue(Object element) {
			ImportChange change = (ImportChange) element;
			if (change.object() instanceof Recommendation recommendation && change.kind() == ImportChange.Kind.ADD) {
				return firstValue(recommendation).map(LocalizedString::getValue).orElse(""); //$NON-NLS-1$
			}
			return String.valueOf(change.value());
		}

		@Override
		protected void setValue(Object element, Object value) {
			ImportChange change = (ImportChange) element;
			String text = String.valueOf(value).strip();
			if (change.object() instanceof Recommendation recommendation && change.kind() == ImportChange.Kind.ADD) {
				firstValue(recommendation).ifPresent(v -> v.setValue(text));
			} else if (change.value() instanceof LocalDate) {
				try {
					change.setValue(LocalDate.parse(text));
				} catch (DateTimeParseException e) {
					setErrorMessage(e.getMessage());
					return;
				}
			} else {
				change.setValue(text);
			}
			setErrorMessage(null);
			table.update(change, null);
		}

		private static java.util.Optional<LocalizedString> firstValue(Recommendation recommendation) {
			return recommendation.getText() == null ? java.util.Optional.empty()
					: recommendation.getText().getValues().stream().findFirst();
		}
	}
}
