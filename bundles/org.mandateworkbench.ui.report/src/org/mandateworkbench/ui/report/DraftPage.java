package org.mandateworkbench.ui.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.report.document.HtmlRenderer;
import org.mandateworkbench.report.document.ReportDocument;
import org.mandateworkbench.report.format.DraftDateFormatter;
import org.mandateworkbench.report.format.DraftLanguage;
import org.mandateworkbench.report.format.ModelTexts;
import org.mandateworkbench.report.progress.ProgressNoteBuilder;
import org.mandateworkbench.store.AtomicFileWriter;

/**
 * The one page of the report wizard: the choices a kind of draft needs (meeting and mandates, note
 * verbale, dates, language), the file to save, a Preview button, and the preview. Previews and the
 * final save run as {@link DraftJob}s with progress and a Stop button; problems show as the page's
 * error message. The wizard is modal, so the model cannot change while a job reads it.
 */
final class DraftPage extends WizardPage {

	private static final int DEFAULT_REPLY_DAYS = 60;
	private static final int MANDATE_ROWS = 5;

	private final DraftKind kind;
	private final MandateWorkspace workspace;
	private final Messages messages;
	private final ModelTexts labels;
	private final List<Meeting> meetings = new ArrayList<>();
	private final List<NoteVerbale> notes = new ArrayList<>();
	private List<Mandate> shownMandates = List.of();

	private Combo meetingCombo;
	private Table mandateTable;
	private Combo noteCombo;
	private DateTime dateField;
	private DateTime deadlineField;
	private Combo languageCombo;
	private Text outputField;
	private Button previewButton;
	private Button stopButton;
	private ProgressBar progress;
	private PreviewArea preview;
	private DraftJob<?> running;

	DraftPage(DraftKind kind, MandateWorkspace workspace, Messages messages) {
		super(kind.id());
		this.kind = kind;
		this.workspace = workspace;
		this.messages = messages;
		this.labels = new ModelTexts(uiLanguage());
		setTitle(kind.title(messages));
		setDescription(kind.description(messages));
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		if (kind == DraftKind.PROGRESS_NOTE) {
			meetingCombo = combo(page, messages.label_meeting, ReportWidgetIds.MEETING);
			fillMeetings();
			meetingCombo.addListener(SWT.Selection, e -> checkDefaultMandates());
		}
		if (kind == DraftKind.REMINDER) {
			noteCombo = combo(page, messages.label_noteVerbale, ReportWidgetIds.NOTE_VERBALE);
			fillNotes();
		}
		if (kind == DraftKind.PROGRESS_NOTE || kind == DraftKind.NOTE_VERBALE) {
			label(page, messages.label_mandates).setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
			mandateTable = new Table(page, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
			GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
			mandateTable.setLayoutData(tableData);
			id(mandateTable, ReportWidgetIds.MANDATES);
			fillMandates();
			// Five rows, measured once the table has items: the preview below gets the room.
			tableData.heightHint = mandateTable.getItemHeight() * MANDATE_ROWS;
		}
		dateField = date(page, kind == DraftKind.PROGRESS_NOTE || kind == DraftKind.STATISTICS ? messages.label_asOf
				: messages.label_date, ReportWidgetIds.DATE, LocalDate.now());
		if (kind == DraftKind.NOTE_VERBALE || kind == DraftKind.REMINDER) {
			deadlineField = date(page, messages.label_deadline, ReportWidgetIds.DEADLINE,
					LocalDate.now().plusDays(DEFAULT_REPLY_DAYS));
		}
		languageCombo = combo(page, messages.label_language, ReportWidgetIds.LANGUAGE);
		languageCombo.setItems(messages.language_en, messages.language_zh);
		languageCombo.select(uiLanguage() == DraftLanguage.ZH ? 1 : 0);
		outputRow(page);
		actionRow(page);
		preview = new PreviewArea(page);
		GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		previewData.heightHint = 380;
		preview.control().setLayoutData(previewData);
		preview.showMessage(kind.hasPreview() ? messages.preview_hint : messages.preview_none);
		setControl(page);
	}

	/** @return whether previews render HTML in a browser (else styled text) */
	boolean previewUsesBrowser() {
		return preview.usesBrowser();
	}

	private void outputRow(Composite page) {
		label(page, messages.label_output);
		outputField = new Text(page, SWT.BORDER);
		outputField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		outputField.setText(Path.of(System.getProperty("user.home"), kind.id() + kind.extension()).toString()); //$NON-NLS-1$
		id(outputField, ReportWidgetIds.OUTPUT);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(messages.button_browse);
		browse.addListener(SWT.Selection, e -> browse());
	}

	private void actionRow(Composite page) {
		Composite actions = new Composite(page, SWT.NONE);
		actions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		actions.setLayout(new GridLayout(3, false));
		previewButton = new Button(actions, SWT.PUSH);
		previewButton.setText(messages.button_preview);
		previewButton.setEnabled(kind.hasPreview());
		id(previewButton, ReportWidgetIds.PREVIEW_BUTTON);
		previewButton.addListener(SWT.Selection, e -> startPreview());
		stopButton = new Button(actions, SWT.PUSH);
		stopButton.setText(messages.button_cancelJob);
		stopButton.setEnabled(false);
		id(stopButton, ReportWidgetIds.STOP_BUTTON);
		stopButton.addListener(SWT.Selection, e -> stop());
		progress = new ProgressBar(actions, SWT.HORIZONTAL | SWT.SMOOTH);
		progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*" + kind.extension() }); //$NON-NLS-1$
		dialog.setOverwrite(true);
		Path current = Path.of(outputField.getText().strip().isEmpty() ? System.getProperty("user.home") //$NON-NLS-1$
				: outputField.getText().strip());
		if (current.getParent() != null) {
			dialog.setFilterPath(current.getParent().toString());
		}
		dialog.setFileName(String.valueOf(current.getFileName()));
		String chosen = dialog.open();
		if (chosen != null) {
			outputField.setText(chosen.endsWith(kind.extension()) ? chosen : chosen + kind.extension());
		}
	}

	private void startPreview() {
		Optional<DraftRequest> request = request();
		if (request.isEmpty()) {
			return;
		}
		record Preview(ReportDocument document, String html) {
		}
		start(new DraftJob<Preview>(MessageFormat.format(messages.job_name, kind.title(messages)), monitor -> {
			monitor.beginTask(kind.title(messages), 2);
			monitor.subTask(messages.task_drafting);
			ReportDocument document = request.get().document(workspace);
			step(monitor);
			monitor.subTask(messages.task_preview);
			String html = new HtmlRenderer().render(document);
			step(monitor);
			return new Preview(document, html);
		}, progress, new Ending<>() {
			@Override
			void done(Preview result) {
				preview.show(result.document(), result.html());
			}
		}));
	}

	/**
	 * Saves the draft as a Job; calls {@code saved} on the UI thread once the file is written.
	 *
	 * @return whether the job started
	 */
	boolean startSave(Runnable saved) {
		Optional<DraftRequest> request = request();
		Optional<Path> target = request.isEmpty() ? Optional.empty() : output();
		if (target.isEmpty()) {
			return false;
		}
		start(new DraftJob<Path>(MessageFormat.format(messages.job_name, kind.title(messages)), monitor -> {
			monitor.beginTask(kind.title(messages), 2);
			monitor.subTask(messages.task_drafting);
			byte[] content = request.get().file(workspace);
			step(monitor);
			monitor.subTask(MessageFormat.format(messages.task_writing, target.get().getFileName()));
			try {
				AtomicFileWriter.write(target.get(), content);
			} catch (IOException e) {
				throw new IOException(MessageFormat.format(messages.error_unwritable, target.get(), e.getMessage()), e);
			}
			step(monitor);
			return target.get();
		}, progress, new Ending<>() {
			@Override
			void done(Path result) {
				saved.run();
			}
		}));
		return true;
	}

	/** Stops the running job, if any; its outcome then reports the cancellation. */
	void stop() {
		if (running != null) {
			running.cancel();
		}
	}

	boolean isRunning() {
		return running != null;
	}

	private void start(DraftJob<?> job) {
		running = job;
		setErrorMessage(null);
		setMessage(null);
		enableWhileRunning(true);
		job.schedule();
	}

	private void enableWhileRunning(boolean busy) {
		previewButton.setEnabled(!busy && kind.hasPreview());
		stopButton.setEnabled(busy);
		getContainer().updateButtons();
	}

	@Override
	public boolean isPageComplete() {
		return running == null;
	}

	private static void step(IProgressMonitor monitor) {
		monitor.worked(1);
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** Reads and checks the choices; on a problem shows it as the page's error and returns nothing. */
	Optional<DraftRequest> request() {
		String problem = null;
		Meeting meeting = null;
		NoteVerbale note = null;
		List<Mandate> mandates = checkedMandates();
		LocalDate date = read(dateField);
		LocalDate deadline = deadlineField == null ? null : read(deadlineField);
		if (kind == DraftKind.PROGRESS_NOTE) {
			meeting = meetingCombo.getSelectionIndex() < 0 ? null : meetings.get(meetingCombo.getSelectionIndex());
			problem = meeting == null ? messages.error_noMeeting : mandates.isEmpty() ? messages.error_noMandates : null;
		} else if (kind == DraftKind.NOTE_VERBALE && mandates.isEmpty()) {
			problem = messages.error_noMandates;
		} else if (kind == DraftKind.REMINDER) {
			note = noteCombo.getSelectionIndex() < 0 ? null : notes.get(noteCombo.getSelectionIndex());
			problem = note == null ? messages.error_noNoteVerbale : null;
		}
		if (problem == null && deadline != null && deadline.isBefore(date)) {
			problem = MessageFormat.format(messages.error_deadlineBeforeDate, deadline, date);
		}
		setErrorMessage(problem);
		if (problem != null) {
			return Optional.empty();
		}
		DraftLanguage language = languageCombo.getSelectionIndex() == 1 ? DraftLanguage.ZH : DraftLanguage.EN;
		return Optional.of(new DraftRequest(kind, meeting, mandates, note, date, deadline, language));
	}

	private Optional<Path> output() {
		String text = outputField.getText().strip();
		String problem = null;
		Path path = null;
		if (text.isEmpty()) {
			problem = messages.error_noOutput;
		} else if (!text.toLowerCase(Locale.ROOT).endsWith(kind.extension())) {
			problem = MessageFormat.format(messages.error_badExtension, kind.extension());
		} else {
			try {
				path = Path.of(text).toAbsolutePath();
				if (path.getParent() != null && !Files.isDirectory(path.getParent())) {
					problem = MessageFormat.format(messages.error_unwritable, path, path.getParent());
				}
			} catch (InvalidPathException e) {
				problem = MessageFormat.format(messages.error_unwritable, text, e.getReason());
			}
		}
		setErrorMessage(problem);
		return problem == null ? Optional.of(path) : Optional.empty();
	}

	private void fillMeetings() {
		for (Body body : workspace.getBodies()) {
			if (body.getSymbolPrefix() == null) {
				continue;
			}
			body.getMeetings().stream().filter(m -> m.getOrdinal() > 0 && !m.isResumed()).forEach(meetings::add);
		}
		meetings.sort(Comparator.comparing((Meeting m) -> m.getBody().getSymbolPrefix()).thenComparing(Meeting::getOrdinal));
		for (Meeting meeting : meetings) {
			meetingCombo.add(meeting.getBody().getSymbolPrefix() + '/' + meeting.getOrdinal() + "  \u2014  " //$NON-NLS-1$
					+ labels.of(meeting.getTitle()));
		}
		// Start on the latest meeting that has mandates reported to it.
		for (int i = meetings.size() - 1; i >= 0; i--) {
			if (!defaults(meetings.get(i)).isEmpty()) {
				meetingCombo.select(i);
				break;
			}
		}
	}

	private void fillNotes() {
		workspace.getMandates().forEach(m -> m.getActions().stream().filter(NoteVerbale.class::isInstance)
				.map(NoteVerbale.class::cast).filter(n -> n.getDate() != null).forEach(notes::add));
		notes.sort(Comparator.comparing(NoteVerbale::getDate));
		for (NoteVerbale note : notes) {
			noteCombo.add(DraftDateFormatter.date(note.getDate(), uiLanguage()) + "  \u2014  " //$NON-NLS-1$
					+ labels.of(note.getMandate().getTitle()));
		}
		if (!notes.isEmpty()) {
			noteCombo.select(notes.size() - 1);
		}
	}

	private void fillMandates() {
		shownMandates = List.copyOf(workspace.getMandates());
		for (Mandate mandate : shownMandates) {
			new TableItem(mandateTable, SWT.NONE).setText(labels.of(mandate.getTitle()));
		}
		checkDefaultMandates();
	}

	/** Checks the mandates reported to the chosen meeting, the default of a progress note. */
	private void checkDefaultMandates() {
		if (mandateTable == null || meetingCombo == null) {
			return;
		}
		List<Mandate> defaults = meetingCombo.getSelectionIndex() < 0 ? List.of()
				: defaults(meetings.get(meetingCombo.getSelectionIndex()));
		int first = -1;
		for (int i = 0; i < shownMandates.size(); i++) {
			boolean checked = defaults.contains(shownMandates.get(i));
			mandateTable.getItem(i).setChecked(checked);
			if (checked && first < 0) {
				first = i;
			}
		}
		if (first >= 0) {
			mandateTable.setTopIndex(first);
		}
	}

	private List<Mandate> defaults(Meeting meeting) {
		return new ProgressNoteBuilder(workspace, meeting, LocalDate.now(), DraftLanguage.EN).defaultMandates();
	}

	private List<Mandate> checkedMandates() {
		List<Mandate> checked = new ArrayList<>();
		if (mandateTable != null) {
			for (int i = 0; i < shownMandates.size(); i++) {
				if (mandateTable.getItem(i).getChecked()) {
					checked.add(shownMandates.get(i));
				}
			}
		}
		return checked;
	}

	private Combo combo(Composite page, String label, String id) {
		label(page, label);
		Combo combo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		id(combo, id);
		return combo;
	}

	private DateTime date(Composite page, String label, String id, LocalDate initial) {
		label(page, label);
		DateTime field = new DateTime(page, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		field.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
		field.setDate(initial.getYear(), initial.getMonthValue() - 1, initial.getDayOfMonth());
		id(field, id);
		return field;
	}

	private static Label label(Composite page, String text) {
		Label label = new Label(page, SWT.NONE);
		label.setText(text);
		return label;
	}

	private static void id(Widget widget, String id) {
		widget.setData(ReportWidgetIds.KEY, id);
	}

	private static LocalDate read(DateTime field) {
		return LocalDate.of(field.getYear(), field.getMonth() + 1, field.getDay());
	}

	private static DraftLanguage uiLanguage() {
		return "zh".equals(Locale.getDefault().getLanguage()) ? DraftLanguage.ZH : DraftLanguage.EN; //$NON-NLS-1$
	}

	/** The common endings of a job: back to idle, stopped or failed shown as the page's message. */
	private abstract class Ending<T> implements DraftJob.Outcome<T> {

		abstract void done(T result);

		@Override
		public final void succeeded(T result) {
			if (idle()) {
				done(result);
			}
		}

		@Override
		public final void cancelled() {
			if (idle()) {
				setMessage(messages.status_cancelled);
			}
		}

		@Override
		public final void failed(Exception failure) {
			if (!idle()) {
				return;
			}
			String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
			setErrorMessage(MessageFormat.format(messages.error_failed, reason));
		}

		/** @return whether the page is still open to show the outcome */
		private boolean idle() {
			running = null;
			if (getControl().isDisposed()) {
				return false;
			}
			enableWhileRunning(false);
			return true;
		}
	}
}
