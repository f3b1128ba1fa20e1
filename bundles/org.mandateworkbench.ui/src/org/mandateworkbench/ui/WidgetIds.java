package org.mandateworkbench.ui;

/**
 * Stable identifiers set on important widgets with {@code widget.setData(KEY, id)}, so that UI tests
 * and accessibility tools can find them without relying on translated labels.
 */
public final class WidgetIds {

	/** The data key under which a widget carries its id. */
	public static final String KEY = "org.mandateworkbench.widgetId"; //$NON-NLS-1$

	public static final String NAVIGATOR_TREE = "navigator.tree"; //$NON-NLS-1$
	public static final String NAVIGATOR_VIEW = "navigator.view"; //$NON-NLS-1$
	public static final String NAVIGATOR_FILTER = "navigator.filter"; //$NON-NLS-1$
	public static final String PREVIEW_TITLE = "preview.title"; //$NON-NLS-1$
	public static final String PREVIEW_FACTS = "preview.facts"; //$NON-NLS-1$
	public static final String PREVIEW_TEXT = "preview.text"; //$NON-NLS-1$
	public static final String REVIEW_TABLE = "review.table"; //$NON-NLS-1$
	public static final String REVIEW_FILTER = "review.filter"; //$NON-NLS-1$
	public static final String REVIEW_COUNT = "review.count"; //$NON-NLS-1$
	public static final String REVIEW_GROUP_BY = "review.groupBy"; //$NON-NLS-1$
	public static final String REVIEW_COLUMNS = "review.columns"; //$NON-NLS-1$
	public static final String REVIEW_EXPORT_CSV = "review.exportCsv"; //$NON-NLS-1$
	public static final String REVIEW_EXPORT_XLSX = "review.exportXlsx"; //$NON-NLS-1$

	public static final String PROPERTIES_TITLE = "properties.title"; //$NON-NLS-1$
	public static final String PROPERTIES_TABLE = "properties.table"; //$NON-NLS-1$
	public static final String PROPERTIES_PROBLEM = "properties.problem"; //$NON-NLS-1$
	public static final String PROPERTIES_READ_ONLY = "properties.readOnly"; //$NON-NLS-1$

	public static final String JOBS_LIST = "jobs.list"; //$NON-NLS-1$
	public static final String JOBS_STATUS = "jobs.status"; //$NON-NLS-1$
	/** Followed by the job's name: the cancel button of that job. */
	public static final String JOBS_CANCEL_PREFIX = "jobs.cancel."; //$NON-NLS-1$

	public static final String PREFERENCES_LANGUAGE = "preferences.language"; //$NON-NLS-1$
	public static final String PREFERENCES_DATE_FORMAT = "preferences.dateFormat"; //$NON-NLS-1$
	public static final String PREFERENCES_WORKSPACE = "preferences.workspace"; //$NON-NLS-1$

	private WidgetIds() {
	}
}
