package org.mandateworkbench.ui.mandate.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.mandateworkbench.ui.mandate.MandateEditorIds;

/** Asks for the kind, date and description of a new action; OK only with a valid date. */
final class AddActionDialog extends FieldsDialog {

	private final LocalDate defaultDate;
	private Combo kindField;
	private Text dateField;
	private Text descriptionField;
	private ActionKind kind = ActionKind.NOTE_VERBALE;
	private LocalDate date;
	private String description = ""; //$NON-NLS-1$

	AddActionDialog(Shell parent, LocalDate defaultDate) {
		super(parent, Messages.addAction_title, Messages.addAction_message);
		this.defaultDate = defaultDate;
	}

	@Override
	void createFields(Composite fields) {
		Widgets.caption(fields, Messages.addAction_kind);
		kindField = Widgets.id(new Combo(fields, SWT.READ_ONLY), MandateEditorIds.ACTION_TYPE);
		for (ActionKind value : ActionKind.values()) {
			kindField.add(value.label());
		}
		kindField.select(0);
		dateField = dateField(fields, Messages.addAction_date, MandateEditorIds.ACTION_DATE, defaultDate);
		descriptionField = longText(fields, Messages.addAction_description, MandateEditorIds.ACTION_DESCRIPTION, 80);
	}

	@Override
	String problem() {
		return IsoDates.parse(dateField.getText()).isPresent() ? null
				: NLS.bind(Messages.addAction_badDate, dateField.getText());
	}

	@Override
	protected void okPressed() {
		Optional<LocalDate> parsed = IsoDates.parse(dateField.getText());
		if (!check()) {
			return;
		}
		kind = ActionKind.values()[Math.max(0, kindField.getSelectionIndex())];
		date = parsed.orElseThrow();
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
