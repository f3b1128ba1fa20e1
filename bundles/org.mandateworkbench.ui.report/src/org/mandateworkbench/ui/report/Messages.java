package org.mandateworkbench.ui.report;

/**
 * The report wizards' strings, injected with {@code @Translation} so that they follow the workbench
 * locale. Values come from OSGi-INF/l10n/bundle*.properties of this bundle; {0} placeholders are
 * filled with MessageFormat.
 */
public final class Messages {
	public String title_progressNote;
	public String title_noteVerbale;
	public String title_reminder;
	public String title_statistics;
	public String description_progressNote;
	public String description_noteVerbale;
	public String description_reminder;
	public String description_statistics;
	public String label_meeting;
	public String label_mandates;
	public String label_asOf;
	public String label_date;
	public String label_deadline;
	public String label_noteVerbale;
	public String label_language;
	public String label_output;
	public String language_en;
	public String language_zh;
	public String button_browse;
	public String button_preview;
	public String button_cancelJob;
	public String job_name;
	public String task_drafting;
	public String task_preview;
	public String task_writing;
	public String preview_hint;
	public String preview_none;
	public String status_cancelled;
	public String error_noWorkspace;
	public String error_noMeeting;
	public String error_noMandates;
	public String error_noNoteVerbale;
	public String error_noOutput;
	public String error_badExtension;
	public String error_deadlineBeforeDate;
	public String error_failed;
	public String error_unwritable;
}
