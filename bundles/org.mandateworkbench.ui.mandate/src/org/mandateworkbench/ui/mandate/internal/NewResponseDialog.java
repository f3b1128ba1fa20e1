package org.mandateworkbench.ui.mandate.internal;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.ui.mandate.MandateEditorIds;

/**
 * Asks for a State's response to one of the mandate's notes verbales: the note (latest first), the
 * State, the date received and a summary in English and Chinese. OK only with a note, a State and a
 * valid date.
 */
final class NewResponseDialog extends FieldsDialog {

	private final List<NoteVerbale> notes;
	private final List<State> states;
	private final LocalDate defaultDate;
	private Combo noteField;
	private Combo stateField;
	private Text dateField;
	private Text englishField;
	private Text chineseField;
	private NoteVerbale noteVerbale;
	private State state;
	private LocalDate receivedDate;
	private String summaryEnglish = ""; //$NON-NLS-1$
	private String summaryChinese = ""; //$NON-NLS-1$

	NewResponseDialog(Shell parent, Mandate mandate, List<State> states, LocalDate defaultDate) {
		super(parent, Messages.newResponse_title, Messages.newResponse_message);
		this.notes = mandate.getActions().stream().filter(NoteVerbale.class::isInstance).map(NoteVerbale.class::cast)
				.sorted(Comparator.comparing(NoteVerbale::getDate, Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
				.toList();
		Collator collator = Collator.getInstance();
		this.states = states.stream().sorted(Comparator.comparing(NewResponseDialog::name, collator)).toList();
		this.defaultDate = defaultDate;
	}

	@Override
	void createFields(Composite fields) {
		Widgets.caption(fields, Messages.newResponse_note);
		noteField = Widgets.id(new Combo(fields, SWT.READ_ONLY), MandateEditorIds.RESPONSE_NOTE);
		notes.forEach(note -> noteField.add(NLS.bind(Messages.responses_note, IsoDates.format(note.getDate()),
				note.getReference() == null ? "" : ' ' + note.getReference()))); //$NON-NLS-1$
		noteField.select(0);
		Widgets.caption(fields, Messages.newResponse_state);
		stateField = Widgets.id(new Combo(fields, SWT.READ_ONLY), MandateEditorIds.RESPONSE_STATE);
		states.forEach(s -> stateField.add(name(s)));
		stateField.setVisibleItemCount(20);
		stateField.addListener(SWT.Selection, event -> check());
		dateField = dateField(fields, Messages.newResponse_date, MandateEditorIds.RESPONSE_DATE, defaultDate);
		englishField = longText(fields, Messages.newResponse_summaryEnglish, MandateEditorIds.RESPONSE_SUMMARY_EN, 60);
		chineseField = longText(fields, Messages.newResponse_summaryChinese, MandateEditorIds.RESPONSE_SUMMARY_ZH, 60);
	}

	@Override
	String problem() {
		if (stateField.getSelectionIndex() < 0) {
			return Messages.newResponse_chooseState;
		}
		return IsoDates.parse(dateField.getText()).isPresent() ? null
				: NLS.bind(Messages.addAction_badDate, dateField.getText());
	}

	@Override
	protected void okPressed() {
		if (!check()) {
			return;
		}
		noteVerbale = notes.get(Math.max(0, noteField.getSelectionIndex()));
		state = states.get(stateField.getSelectionIndex());
		receivedDate = IsoDates.parse(dateField.getText()).orElseThrow();
		summaryEnglish = englishField.getText().strip();
		summaryChinese = chineseField.getText().strip();
		super.okPressed();
	}

	private static String name(State state) {
		return MultilingualTextQuery.valueOrAny(state.getName(), MandateEditorContext.preferredLanguages())
				.orElse(state.getIsoCode() == null ? "" : state.getIsoCode()); //$NON-NLS-1$
	}

	NoteVerbale noteVerbale() {
		return noteVerbale;
	}

	State state() {
		return state;
	}

	LocalDate receivedDate() {
		return receivedDate;
	}

	String summaryEnglish() {
		return summaryEnglish;
	}

	String summaryChinese() {
		return summaryChinese;
	}
}
