package org.mandateworkbench.ui.noteverbale;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.progress.NoteVerbaleProgress;
import org.mandateworkbench.report.document.ReportDocument;
import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.noteverbale.ReminderDraftBuilder;
import org.mandateworkbench.store.ModelChangeListener;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.navigator.ModelLabels;
import org.mandateworkbench.ui.noteverbale.NoteVerbaleRows.StateRow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The workspace's notes verbales and, for the selected one, the States addressed: replies received by
 * the as-of date and States still outstanding. Drafts a reminder to the outstanding States with the
 * report bundle. Double-clicking a reply asks the workbench to open it.
 */
public final class NoteVerbalePart {

	@Inject
	private ESelectionService selectionService;

	@Inject
	private IEventBroker eventBroker;

	@Inject
	@Translation
	private NoteVerbaleMessages messages;

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
	private DateTime asOf;
	private Label summary;
	private Button draftReminder;
	private TableViewer notes;
	private TableViewer states;

	@PostConstruct
	public void createControls(Composite parent) {
		part.setLabel(messages.noteverbale_title);
		parent.setLayout(GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).create());
		new Label(parent, SWT.NONE).setText(messages.noteverbale_asOf);
		asOf = new DateTime(parent, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN);
		asOf.setData(WidgetIds.KEY, NoteVerbaleWidgetIds.AS_OF);
		asOf.addListener(SWT.Selection, event -> showStates());
		draftReminder = new Button(parent, SWT.PUSH);
		draftReminder.setText(messages.noteverbale_draftReminder);
		draftReminder.setData(WidgetIds.KEY, NoteVerbaleWidgetIds.DRAFT_REMINDER);
		draftReminder.addListener(SWT.Selection, event -> draftReminder());
		summary = new Label(parent, SWT.NONE);
		summary.setData(WidgetIds.KEY, NoteVerbaleWidgetIds.SUMMARY);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(sash);
		notes = table(sash, NoteVerbaleWidgetIds.NOTES);
		column(notes, messages.noteverbale_columnDate, 90, (NoteVerbale n) -> text(n.getDate()));
		column(notes, messages.noteverbale_columnReference, 140,
				(NoteVerbale n) -> n.getReference() == null ? n.getId() : n.getReference());
		column(notes, messages.noteverbale_columnTopics, 320,
				(NoteVerbale n) -> n.getMandate() == null ? "" : labels().text(n.getMandate())); //$NON-NLS-1$
		column(notes, messages.noteverbale_columnDeadline, 90, (NoteVerbale n) -> text(n.getReplyDeadline()));
		column(notes, messages.noteverbale_columnReminders, 80,
				(NoteVerbale n) -> String.valueOf(NoteVerbaleRows.reminders(model.root(), n)));
		states = table(sash, NoteVerbaleWidgetIds.STATES);
		column(states, messages.noteverbale_columnState, 220, (StateRow r) -> r.state() == null
				? messages.noteverbale_unnamedState : labels().text(r.state()));
		column(states, messages.noteverbale_columnReply, 160, (StateRow r) -> r.outstanding()
				? messages.noteverbale_outstanding : NLS.bind(messages.noteverbale_received, text(r.response().getReceivedDate())));
		column(states, messages.noteverbale_columnReplyTopics, 400,
				(StateRow r) -> r.outstanding() ? "" : String.join(", ", r.response().getTopics())); //$NON-NLS-1$ //$NON-NLS-2$
		sash.setWeights(2, 3);

		notes.addSelectionChangedListener(event -> {
			selectedNote().ifPresent(selectionService::setSelection);
			showStates();
		});
		states.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof StateRow row && !row.outstanding()) {
				eventBroker.send(OpenRequest.TOPIC, OpenRequest.of(row.response()));
			}
		});
		showNotes();
	}

	@Inject
	public void setModel(@org.eclipse.e4.core.di.annotations.Optional ModelStore loaded) {
		if (model != null) {
			model.removeListener(modelListener);
		}
		model = loaded;
		if (model != null) {
			model.addListener(modelListener);
		}
		showNotes();
	}

	private static TableViewer table(Composite parent, String id) {
		TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(WidgetIds.KEY, id);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	private static <T> void column(TableViewer viewer, String title, int width, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@SuppressWarnings("unchecked")
			@Override
			public String getText(Object element) {
				return text.apply((T) element);
			}
		});
	}

	private static String text(LocalDate date) {
		return date == null ? "" : date.toString(); //$NON-NLS-1$
	}

	private ModelLabels labels() {
		return new ModelLabels(model == null ? null : model.adapterFactory(), uiMessages, locale);
	}

	private LocalDate asOfDate() {
		return LocalDate.of(asOf.getYear(), asOf.getMonth() + 1, asOf.getDay());
	}

	private Optional<NoteVerbale> selectedNote() {
		return notes.getStructuredSelection().getFirstElement() instanceof NoteVerbale note ? Optional.of(note)
				: Optional.empty();
	}

	private void refreshLater() {
		if (notes != null && !notes.getTable().isDisposed()) {
			notes.getTable().getDisplay().asyncExec(this::showNotes);
		}
	}

	private void showNotes() {
		if (notes == null || notes.getTable().isDisposed()) {
			return;
		}
		Optional<NoteVerbale> selected = selectedNote();
		List<NoteVerbale> all = model == null ? List.of() : NoteVerbaleRows.notes(model.root());
		notes.setInput(all);
		selected.filter(all::contains).ifPresent(note -> notes.setSelection(new StructuredSelection(note)));
		showStates();
	}

	private void showStates() {
		Optional<NoteVerbale> note = selectedNote();
		if (note.isEmpty()) {
			states.setInput(List.of());
			summary.setText(messages.noteverbale_nothingSelected);
			draftReminder.setEnabled(false);
			return;
		}
		LocalDate date = asOfDate();
		List<StateRow> rows = NoteVerbaleRows.states(note.get(), date);
		NoteVerbaleProgress progress = NoteVerbaleProgress.of(note.get(), date);
		long received = rows.stream().filter(r -> !r.outstanding()).count();
		summary.setText(NLS.bind(messages.noteverbale_summary,
				new Object[] { received, text(date), progress.outstanding().size(), progress.addressed().size() }));
		summary.getParent().layout();
		states.setInput(rows);
		draftReminder.setEnabled(!progress.outstanding().isEmpty());
	}

	private void draftReminder() {
		Optional<NoteVerbale> note = selectedNote();
		if (note.isEmpty()) {
			return;
		}
		DraftLanguage language = "zh".equals(locale.getLanguage()) ? DraftLanguage.ZH : DraftLanguage.EN; //$NON-NLS-1$
		ReportDocument draft = new ReminderDraftBuilder(note.get(), asOfDate(), language).build();
		String fileName = "reminder-" + (note.get().getId() == null ? "note" : note.get().getId()) + ".docx"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		new ReminderDialog(draftReminder.getShell(), draft, fileName, messages).open();
	}

	@Focus
	public void setFocus() {
		notes.getTable().setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (model != null) {
			model.removeListener(modelListener);
		}
	}
}
