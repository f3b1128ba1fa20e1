package org.mandateworkbench.ui.mandate.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.mandateworkbench.ui.mandate.MandateEditorIds;

/** Asks for the kind, date and description of a new action; OK only with a valid date. */
final class AddActionDialog extends TitleAreaDialog {

	private final LocalDate defaultDate;
	private Combo kindField;
	private Text dateField;
	private Text descriptionField;
	private ActionKind kind = ActionKind.NOTE_VERBALE;
	private LocalDate date;
	private String description = ""; //$NON-NLS-1$

	AddActionDialog(Shell parent, LocalDate defaultDate) {
		super(parent);
		this.defaultDate = defaultDate;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.addAction_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.addAction_title);
		setMessage(Messages.addAction_message);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayout(new GridLayout(2, false));
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Widgets.caption(fields, Messages.addAction_kind);
		kindField = Widgets.id(new Combo(fields, SWT.READ_ONLY), MandateEditorIds.ACTION_TYPE);
		for (ActionKind value : ActionKind.values()) {
			kindField.add(value.label());
		}
		kindField.select(0);
		Widgets.caption(fields, Messages.addAction_date);
		dateField = Widgets.id(new Text(fields, SWT.BORDER), MandateEditorIds.ACTION_DATE);
		dateField.setText(IsoDates.format(defaultDate));
		dateField.setMessage(Messages.date_hint);
		dateField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		dateField.addListener(SWT.Modify, event -> checkDate());
		Widgets.caption(fields, Messages.addAction_description);
		descriptionField = Widgets.id(new Text(fields, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL),
				MandateEditorIds.ACTION_DESCRIPTION);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 380;
		data.heightHint = 80;
		descriptionField.setLayoutData(data);
		return area;
	}

	private void checkDate() {
		Optional<LocalDate> parsed = IsoDates.parse(dateField.getText());
		if (parsed.isEmpty()) {
			setErrorMessage(NLS.bind(Messages.addAction_badDate, dateField.getText()));
		} else {
			setErrorMessage(null);
		}
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(parsed.isPresent());
		}
	}

	@Override
	protected void okPressed() {
		Optional<LocalDate> parsed = IsoDates.parse(dateField.getText());
		if (parsed.isEmpty()) {
			checkDate();
			return;
		}
		kind = ActionKind.values()[Math.max(0, kindField.getSelectionIndex())];
		date = parsed.get();
		description = descriptionField.getText();
		super.okPressed();
	}

	ActionKind kind() {
		return kind;
	}

	LocalDate date() {
		return date;
	}

	String description() {
		return description;
	}
}
