package org.mandateworkbench.ui.report;

import java.util.Arrays;
import java.util.Optional;

/** The drafts the report wizard makes; the id is the value of the command's kind parameter. */
public enum DraftKind {
	PROGRESS_NOTE("progress-note", ".docx"), //$NON-NLS-1$ //$NON-NLS-2$
	NOTE_VERBALE("note-verbale", ".docx"), //$NON-NLS-1$ //$NON-NLS-2$
	REMINDER("reminder", ".docx"), //$NON-NLS-1$ //$NON-NLS-2$
	STATISTICS("stats", ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$

	private final String id;
	private final String extension;

	DraftKind(String id, String extension) {
		this.id = id;
		this.extension = extension;
	}

	/** @return the command parameter value, also the stem of the default file name */
	public String id() {
		return id;
	}

	/** @return the extension of the file written, with its dot */
	public String extension() {
		return extension;
	}

	/** @return whether the draft is a document with an HTML preview (all but the workbook) */
	public boolean hasPreview() {
		return this != STATISTICS;
	}

	/** Finds the kind for a command parameter value. */
	public static Optional<DraftKind> of(String id) {
		return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
	}

	String title(Messages messages) {
		return switch (this) {
		case PROGRESS_NOTE -> messages.title_progressNote;
		case NOTE_VERBALE -> messages.title_noteVerbale;
		case REMINDER -> messages.title_reminder;
		case STATISTICS -> messages.title_statistics;
		};
	}

	String description(Messages messages) {
		return switch (this) {
		case PROGRESS_NOTE -> messages.description_progressNote;
		case NOTE_VERBALE -> messages.description_noteVerbale;
		case REMINDER -> messages.description_reminder;
		case STATISTICS -> messages.description_statistics;
		};
	}
}
