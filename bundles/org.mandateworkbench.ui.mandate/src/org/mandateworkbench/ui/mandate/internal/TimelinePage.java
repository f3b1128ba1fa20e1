package org.mandateworkbench.ui.mandate.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.DocumentIssued;
import org.mandateworkbench.model.ExpertPanel;
import org.mandateworkbench.model.MandateAction;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.NoteVerbaleReminder;
import org.mandateworkbench.model.ReportedToMeeting;
import org.mandateworkbench.ui.mandate.MandateEditorIds;

/** Every action of the mandate in date order (undated ones last), and the command to add one. */
final class TimelinePage implements MandatePage {

	private final MandateEditorContext context;
	private final List<MandateAction> shown = new ArrayList<>();
	private Table table;

	TimelinePage(MandateEditorContext context) {
		this.context = context;
	}

	@Override
	public String title() {
		return Messages.page_timeline;
	}

	@Override
	public String widgetId() {
		return MandateEditorIds.PAGE_TIMELINE;
	}

	@Override
	public Control create(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Button add = Widgets.id(new Button(page, SWT.PUSH), MandateEditorIds.ADD_ACTION);
		add.setText(Messages.timeline_add);
		add.addListener(SWT.Selection, event -> addAction());
		table = Widgets.id(Widgets.table(page, SWT.SINGLE, 1, Messages.timeline_date, Messages.timeline_kind,
				Messages.timeline_reference, Messages.timeline_description), MandateEditorIds.TIMELINE);
		Widgets.widenLast(table, 560);
		table.addListener(SWT.DefaultSelection, event -> {
			int index = table.getSelectionIndex();
			if (index >= 0) {
				context.open(shown.get(index), null);
			}
		});
		refresh();
		return page;
	}

	@Override
	public void refresh() {
		shown.clear();
		shown.addAll(context.mandate().getActions());
		shown.sort(Comparator.comparing(MandateAction::getDate, Comparator.nullsLast(Comparator.naturalOrder())));
		table.removeAll();
		for (MandateAction action : shown) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { IsoDates.format(action.getDate()), ActionKind.labelOf(action), reference(action),
					context.text(action.getNote()) });
		}
	}

	@Override
	public boolean shows(EObject object) {
		return object instanceof MandateAction;
	}

	@Override
	public void reveal(EObject object) {
		int index = shown.indexOf(object);
		if (index >= 0) {
			table.setSelection(index);
			table.showSelection();
		}
	}

	/** Asks for the new action in a dialog and adds it as one command. */
	void addAction() {
		AddActionDialog dialog = new AddActionDialog(table.getShell(), context.today());
		if (dialog.open() != Window.OK) {
			return;
		}
		LocalDate date = dialog.date();
		context.execute(MandateCommands.addAction(context.store(), context.mandate(), dialog.kind(), date,
				dialog.description(), context.language()));
	}

	private String reference(MandateAction action) {
		if (action instanceof NoteVerbale note) {
			return note.getReference() == null ? "" : note.getReference(); //$NON-NLS-1$
		}
		if (action instanceof NoteVerbaleReminder reminder) {
			return reminder.getReminded() == null ? "" : IsoDates.format(reminder.getReminded().getDate()); //$NON-NLS-1$
		}
		if (action instanceof ExpertPanel panel) {
			return context.text(panel.getName());
		}
		if (action instanceof DocumentIssued issued) {
			return symbol(issued.getDocument());
		}
		if (action instanceof ReportedToMeeting reported) {
			return Labels.meeting(reported.getMeeting(), context);
		}
		return ""; //$NON-NLS-1$
	}

	private static String symbol(Document document) {
		return document == null || document.getSymbol() == null ? "" : document.getSymbol().toString(); //$NON-NLS-1$
	}
}
