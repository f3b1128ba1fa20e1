package org.mandateworkbench.ui.noteverbale;

/**
 * The note-verbale view's strings, injected with {@code @Translation}; values come from
 * OSGi-INF/l10n/bundle*.properties of this bundle.
 */
public final class NoteVerbaleMessages {
	public String noteverbale_title;
	public String noteverbale_asOf;
	public String noteverbale_columnDate;
	public String noteverbale_columnReference;
	public String noteverbale_columnTopics;
	public String noteverbale_columnDeadline;
	public String noteverbale_columnReminders;
	public String noteverbale_columnState;
	public String noteverbale_columnReply;
	public String noteverbale_columnReplyTopics;
	public String noteverbale_received;
	public String noteverbale_outstanding;
	public String noteverbale_unnamedState;
	public String noteverbale_summary;
	public String noteverbale_nothingSelected;
	public String noteverbale_draftReminder;
	public String noteverbale_reminderTitle;
	public String noteverbale_saveDocx;
	public String noteverbale_saved;
	public String noteverbale_saveFailed;
}
