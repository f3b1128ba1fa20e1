package org.mandateworkbench.ui.ingest;

/**
 * Identifiers set on the import wizard's widgets with {@code widget.setData(KEY, id)} so that UI tests
 * find them whatever the language. The key is the one of {@code org.mandateworkbench.ui.WidgetIds}.
 */
public final class ImportWidgetIds {

	/** The data key the UI robot looks up. */
	public static final String KEY = "org.mandateworkbench.widgetId"; //$NON-NLS-1$
	/** The text field for a file path on the first page. */
	public static final String PATH = "import.path"; //$NON-NLS-1$
	/** The button adding the typed path. */
	public static final String ADD = "import.add"; //$NON-NLS-1$
	/** The list of chosen files. */
	public static final String FILES = "import.files"; //$NON-NLS-1$
	/** The table of proposed changes on the review page. */
	public static final String CHANGES = "import.changes"; //$NON-NLS-1$
	/** The source text on the review page. */
	public static final String SOURCE = "import.source"; //$NON-NLS-1$
	/** The combo choosing the meeting the documents go to, on the first page. */
	public static final String MEETING = "import.meeting"; //$NON-NLS-1$
	/** The warning of a file that names another meeting than the chosen one, on the review page. */
	public static final String CONFLICT_MESSAGE = "import.conflict.message"; //$NON-NLS-1$
	/** The radio button keeping the chosen meeting for that file. */
	public static final String CONFLICT_KEEP = "import.conflict.keep"; //$NON-NLS-1$
	/** The radio button placing that file as it says. */
	public static final String CONFLICT_FILE = "import.conflict.file"; //$NON-NLS-1$
	/** The line counting accepted changes. */
	public static final String SUMMARY = "import.summary"; //$NON-NLS-1$

	private ImportWidgetIds() {
	}
}
