package org.mandateworkbench.ui.search;

/**
 * Model element ids and widget ids of the Search part; widgets carry theirs under
 * {@link org.mandateworkbench.ui.WidgetIds#KEY}, so tests need no translated labels.
 */
public final class SearchIds {

	/** The part descriptor of the Search part, from which other layouts get one. */
	public static final String PART = "org.mandateworkbench.ui.search.part"; //$NON-NLS-1$
	/**
	 * The Search part placed first in the Delegate layout. Its id differs from the descriptor's: the
	 * model assembler would otherwise take the one for the other and drop the part.
	 */
	public static final String DELEGATE_PART = "org.mandateworkbench.ui.search.part.delegate"; //$NON-NLS-1$
	/** Tag carried by every Search part, wherever it comes from. */
	public static final String TAG = "org.mandateworkbench.ui.search"; //$NON-NLS-1$
	/** The command that shows and focuses the Search part. */
	public static final String FOCUS_COMMAND = "org.mandateworkbench.ui.search.command.focus"; //$NON-NLS-1$

	public static final String QUERY = "search.query"; //$NON-NLS-1$
	public static final String ORDER = "search.order"; //$NON-NLS-1$
	public static final String STATUS = "search.status"; //$NON-NLS-1$
	public static final String FACETS = "search.facets"; //$NON-NLS-1$
	public static final String RESULTS = "search.results"; //$NON-NLS-1$
	public static final String TWIN_TITLE = "search.twin.title"; //$NON-NLS-1$
	public static final String TWIN_TEXT = "search.twin.text"; //$NON-NLS-1$

	private SearchIds() {
	}
}
