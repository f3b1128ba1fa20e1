package org.mandateworkbench.ui.noteverbale;

/**
 * Ids of the note-verbale view's widgets, set under {@link org.mandateworkbench.ui.WidgetIds#KEY} so
 * that UI tests find them whatever the UI language.
 */
public final class NoteVerbaleWidgetIds {

	public static final String NOTES = "noteverbale.notes"; //$NON-NLS-1$
	public static final String STATES = "noteverbale.states"; //$NON-NLS-1$
	public static final String AS_OF = "noteverbale.asOf"; //$NON-NLS-1$
	public static final String SUMMARY = "noteverbale.summary"; //$NON-NLS-1$
	public static final String DRAFT_REMINDER = "noteverbale.draftReminder"; //$NON-NLS-1$
	public static final String REMINDER_TEXT = "noteverbale.reminderText"; //$NON-NLS-1$
	public static final String SAVE_DOCX = "noteverbale.saveDocx"; //$NON-NLS-1$

	private NoteVerbaleWidgetIds() {
	}
}
