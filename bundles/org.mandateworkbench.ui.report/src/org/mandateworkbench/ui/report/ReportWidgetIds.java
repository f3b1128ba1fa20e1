package org.mandateworkbench.ui.report;

/**
 * Stable identifiers of the report wizard's widgets, set with {@code widget.setData(KEY, id)} so that
 * UI tests find them without relying on translated labels.
 */
public final class ReportWidgetIds {

	/** The data key of widget ids, the same as the rest of the workbench uses. */
	public static final String KEY = "org.mandateworkbench.widgetId"; //$NON-NLS-1$

	public static final String MEETING = "report.meeting"; //$NON-NLS-1$
	public static final String MANDATES = "report.mandates"; //$NON-NLS-1$
	public static final String NOTE_VERBALE = "report.noteVerbale"; //$NON-NLS-1$
	public static final String DATE = "report.date"; //$NON-NLS-1$
	public static final String DEADLINE = "report.deadline"; //$NON-NLS-1$
	public static final String LANGUAGE = "report.language"; //$NON-NLS-1$
	public static final String OUTPUT = "report.output"; //$NON-NLS-1$
	public static final String PREVIEW_BUTTON = "report.previewButton"; //$NON-NLS-1$
	public static final String STOP_BUTTON = "report.stopButton"; //$NON-NLS-1$
	public static final String PREVIEW = "report.preview"; //$NON-NLS-1$

	private ReportWidgetIds() {
	}
}
