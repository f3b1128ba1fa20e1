package org.mandateworkbench.ui.mandate.internal;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A dialog of the mandate editor that asks for a few fields: a title and a message above captions
 * and fields in two columns; OK follows {@link #check()}, which also shows what is wrong.
 */
abstract class FieldsDialog extends TitleAreaDialog {

	private final String title;
	private final String message;

	FieldsDialog(Shell parent, String title, String message) {
		super(parent);
		this.title = title;
		this.message = message;
	}

	@Override
	protected final void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected final Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(message);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayout(new GridLayout(2, false));
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createFields(fields);
		return area;
	}

	/** Adds the captions and fields to the two-column grid. */
	abstract void createFields(Composite fields);

	/** @return the problem with the fields' input, or null when OK may be pressed */
	abstract String problem();

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		check();
	}

	/** Shows the problem, if any, and enables OK without one. */
	final boolean check() {
		String problem = problem();
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
		return problem == null;
	}

	/** A captioned yyyy-MM-dd field that checks the input as it changes. */
	final Text dateField(Composite fields, String caption, String id, LocalDate initial) {
		Widgets.caption(fields, caption);
		Text field = Widgets.id(new Text(fields, SWT.BORDER), id);
		field.setText(IsoDates.format(initial));
		field.setMessage(Messages.date_hint);
		field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		field.addListener(SWT.Modify, event -> check());
		return field;
	}

	/** A captioned multi-line text field. */
	static Text longText(Composite fields, String caption, String id, int height) {
		Widgets.caption(fields, caption);
		Text text = Widgets.id(new Text(fields, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), id);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 380;
		data.heightHint = height;
		text.setLayoutData(data);
		return text;
	}
}
