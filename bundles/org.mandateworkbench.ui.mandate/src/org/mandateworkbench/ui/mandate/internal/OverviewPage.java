package org.mandateworkbench.ui.mandate.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.OperativeParagraph;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.StatusChange;
import org.mandateworkbench.model.progress.MandateProgress;
import org.mandateworkbench.ui.mandate.MandateEditorIds;

/**
 * The mandate at a glance: sources as links, addressees, officer, status with its history, the
 * meeting it reports to, the due date, and the progress figures.
 */
final class OverviewPage implements MandatePage {

	private static final int SHORT_TEXT = 60;

	private final MandateEditorContext context;
	private final List<EObject> sourceTargets = new ArrayList<>();
	private Label title;
	private Link sources;
	private Label addressees;
	private Label officer;
	private Label reportTo;
	private Text dueDate;
	private Combo status;
	private Text statusDate;
	private Table history;
	private ProgressBar progressBar;
	private Label figures;

	OverviewPage(MandateEditorContext context) {
		this.context = context;
	}

	@Override
	public String title() {
		return Messages.page_overview;
	}

	@Override
	public String widgetId() {
		return MandateEditorIds.PAGE_OVERVIEW;
	}

	@Override
	public Control create(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		title = Widgets.id(new Label(page, SWT.WRAP), MandateEditorIds.TITLE);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

		Widgets.caption(page, Messages.overview_sources);
		sources = Widgets.id(new Link(page, SWT.WRAP), MandateEditorIds.SOURCES);
		sources.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		sources.addListener(SWT.Selection, event -> openSource(event.text));

		Widgets.caption(page, Messages.overview_addressees);
		addressees = fact(page);
		Widgets.caption(page, Messages.overview_officer);
		officer = fact(page);
		Widgets.caption(page, Messages.overview_reportTo);
		reportTo = fact(page);

		Widgets.caption(page, Messages.overview_dueDate);
		dueDate = Widgets.id(new Text(page, SWT.BORDER), MandateEditorIds.DUE_DATE);
		dueDate.setMessage(Messages.date_hint);
		dueDate.setLayoutData(new GridData(120, SWT.DEFAULT));
		dueDate.addListener(SWT.DefaultSelection, event -> applyDueDate());
		dueDate.addListener(SWT.FocusOut, event -> applyDueDate());

		Widgets.caption(page, Messages.overview_status);
		Composite statusRow = new Composite(page, SWT.NONE);
		statusRow.setLayout(new GridLayout(4, false));
		status = Widgets.id(new Combo(statusRow, SWT.READ_ONLY), MandateEditorIds.STATUS);
		for (MandateStatus value : MandateStatus.values()) {
			status.add(Labels.status(value));
		}
		new Label(statusRow, SWT.NONE).setText(Messages.overview_statusDate);
		statusDate = Widgets.id(new Text(statusRow, SWT.BORDER), MandateEditorIds.STATUS_DATE);
		statusDate.setLayoutData(new GridData(100, SWT.DEFAULT));
		statusDate.setText(IsoDates.format(context.today()));
		Button apply = Widgets.id(new Button(statusRow, SWT.PUSH), MandateEditorIds.STATUS_APPLY);
		apply.setText(Messages.overview_changeStatus);
		apply.addListener(SWT.Selection, event -> changeStatus());

		Widgets.caption(page, Messages.overview_history);
		history = Widgets.id(Widgets.table(page, SWT.SINGLE, 1, Messages.history_date, Messages.history_status,
				Messages.history_author, Messages.history_reason), MandateEditorIds.HISTORY);
		Widgets.widenLast(history, 420);

		Widgets.caption(page, Messages.overview_progress);
		Composite progress = new Composite(page, SWT.NONE);
		progress.setLayout(new GridLayout(1, false));
		progressBar = Widgets.id(new ProgressBar(progress, SWT.HORIZONTAL), MandateEditorIds.PROGRESS_BAR);
		progressBar.setLayoutData(new GridData(300, SWT.DEFAULT));
		progressBar.setMaximum(100);
		figures = Widgets.id(new Label(progress, SWT.WRAP), MandateEditorIds.PROGRESS_FIGURES);
		figures.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		refresh();
		return page;
	}

	private static Label fact(Composite parent) {
		Label label = new Label(parent, SWT.WRAP);
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return label;
	}

	@Override
	public void refresh() {
		Mandate mandate = context.mandate();
		title.setText(context.text(mandate.getTitle()) + "  (" + mandate.getId() + ')'); //$NON-NLS-1$
		sources.setText(sourceLinks(mandate));
		addressees.setText(Labels.addressees(mandate.getAddressees(), context));
		officer.setText(mandate.getResponsibleOfficer() == null ? Messages.value_none : mandate.getResponsibleOfficer().getName());
		reportTo.setText(Labels.meeting(mandate.getReportTo(), context));
		if (!dueDate.isFocusControl()) {
			dueDate.setText(IsoDates.format(mandate.getDueDate()));
		}
		status.select(mandate.getStatus() == null ? -1 : mandate.getStatus().ordinal());
		history.removeAll();
		for (StatusChange change : mandate.getStatusChanges()) {
			TableItem item = new TableItem(history, SWT.NONE);
			item.setText(new String[] { IsoDates.format(change.getDate()), Labels.status(change.getStatus()),
					change.getAuthor() == null ? "" : change.getAuthor(), context.text(change.getReason()) }); //$NON-NLS-1$
		}
		ProgressSummary summary = ProgressSummary.of(MandateProgress.of(mandate, context.today()));
		progressBar.setSelection(summary.percent());
		figures.setText(String.join("\n", summary.lines())); //$NON-NLS-1$
		title.getParent().layout(true, true);
	}

	private String sourceLinks(Mandate mandate) {
		sourceTargets.clear();
		List<String> lines = new ArrayList<>();
		for (OperativeParagraph paragraph : mandate.getSourceParagraphs()) {
			String resolution = paragraph.getResolution() == null ? "" : paragraph.getResolution().getNumber(); //$NON-NLS-1$
			// unnumbered paragraphs are told apart by the start of their text
			String text = paragraph.getNumber() > 0 ? NLS.bind(Messages.source_paragraph, resolution, paragraph.getNumber())
					: NLS.bind(Messages.source_resolution, resolution, Labels.shorten(context.text(paragraph.getText()), SHORT_TEXT));
			Document document = paragraph.getResolution() == null ? null : paragraph.getResolution().getDocument();
			lines.add(link(paragraph, text, document));
		}
		for (Recommendation recommendation : mandate.getSourceRecommendations()) {
			String number = recommendation.getParagraphNumber() > 0 ? recommendation.getParagraphNumber()
					+ Optional.ofNullable(recommendation.getLetter()).map(l -> " (" + l + ')').orElse("") //$NON-NLS-1$ //$NON-NLS-2$
					: Labels.shorten(context.text(recommendation.getText()), SHORT_TEXT);
			String meeting = Labels.meeting(recommendation.getMeeting(), context);
			lines.add(link(recommendation, NLS.bind(Messages.source_recommendation, number, meeting), recommendation.getDocument()));
		}
		return lines.isEmpty() ? Messages.value_none : String.join("\n", lines); //$NON-NLS-1$
	}

	private String link(EObject target, String text, Document document) {
		sourceTargets.add(target);
		String symbol = document == null || document.getSymbol() == null ? "" : " \u2014 " + document.getSymbol(); //$NON-NLS-1$ //$NON-NLS-2$
		return "<a href=\"" + (sourceTargets.size() - 1) + "\">" + text + "</a>" + symbol; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void openSource(String href) {
		try {
			context.open(sourceTargets.get(Integer.parseInt(href)), null);
		} catch (NumberFormatException | IndexOutOfBoundsException e) {
			context.reportProblem(NLS.bind(Messages.source_unknown, href));
		}
	}

	private void applyDueDate() {
		String text = dueDate.getText().strip();
		Optional<LocalDate> date = IsoDates.parse(text);
		if (!text.isEmpty() && date.isEmpty()) {
			context.reportProblem(NLS.bind(Messages.overview_badDueDate, text));
			return;
		}
		LocalDate value = date.orElse(null);
		if (value == null ? context.mandate().getDueDate() != null : !value.equals(context.mandate().getDueDate())) {
			context.execute(MandateCommands.setDueDate(context.store(), context.mandate(), value));
		}
	}

	private void changeStatus() {
		int index = status.getSelectionIndex();
		Optional<LocalDate> date = IsoDates.parse(statusDate.getText());
		if (index < 0) {
			return;
		}
		if (date.isEmpty()) {
			context.reportProblem(NLS.bind(Messages.overview_badStatusDate, statusDate.getText()));
			return;
		}
		context.execute(MandateCommands.changeStatus(context.store(), context.mandate(), MandateStatus.values()[index],
				date.get(), context.store().author()));
	}
}
