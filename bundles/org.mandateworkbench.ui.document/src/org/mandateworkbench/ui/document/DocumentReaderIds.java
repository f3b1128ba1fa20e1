package org.mandateworkbench.ui.document;

import java.util.List;

/**
 * Identifiers of the document reader: its part descriptor, the keys of its part's state and the
 * {@code WidgetIds.KEY} data of its widgets, so that other bundles and UI tests need no translated
 * labels.
 */
public final class DocumentReaderIds {

	/** The part descriptor every reader is created from. */
	public static final String PART_DESCRIPTOR = "org.mandateworkbench.ui.document.partdescriptor.reader"; //$NON-NLS-1$
	/** Key of the shown document's key (its normalized symbol) in the reader part's persisted state. */
	public static final String DOCUMENT_KEY = "org.mandateworkbench.ui.document.documentKey"; //$NON-NLS-1$
	/** Key of the {@code OpenRequest} a new reader shows first, in its part's transient data. */
	public static final String PENDING_REQUEST = "org.mandateworkbench.ui.document.request"; //$NON-NLS-1$

	/**
	 * The main stack of each layout (Secretariat, Bureau, Delegate); the readers of the layout shown
	 * open in a stack of their own to its right, so that the search hits, the review or the mandate
	 * editor stay in sight. The first one the layout holds is taken.
	 */
	public static final List<String> MAIN_STACKS = List.of("org.mandateworkbench.app.perspective.secretariat.main", //$NON-NLS-1$
			"org.mandateworkbench.app.perspective.bureau.top", //$NON-NLS-1$
			"org.mandateworkbench.app.perspective.delegate.main"); //$NON-NLS-1$

	/** Tag of the stack that holds the readers of a layout, beside its main stack. */
	public static final String READERS_TAG = "org.mandateworkbench.ui.document.readers"; //$NON-NLS-1$

	public static final String HEADER = "document.header"; //$NON-NLS-1$
	public static final String LANGUAGE = "document.language"; //$NON-NLS-1$
	public static final String MESSAGE = "document.message"; //$NON-NLS-1$
	public static final String TEXT = "document.text"; //$NON-NLS-1$

	private DocumentReaderIds() {
	}
}
