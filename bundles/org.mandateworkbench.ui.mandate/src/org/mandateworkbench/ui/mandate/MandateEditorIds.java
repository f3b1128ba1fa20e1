package org.mandateworkbench.ui.mandate;

/**
 * Identifiers of the mandate editor: its part descriptor, commands and the {@code WidgetIds.KEY}
 * data of its important widgets, so that other bundles and UI tests need no translated labels.
 */
public final class MandateEditorIds {

	/** The part descriptor every mandate editor is created from. */
	public static final String PART_DESCRIPTOR = "org.mandateworkbench.ui.mandate.partdescriptor.editor"; //$NON-NLS-1$
	/** Key of the edited mandate's id in the editor part's persisted state. */
	public static final String MANDATE_ID = "org.mandateworkbench.ui.mandate.mandateId"; //$NON-NLS-1$
	/** The part stack of the Secretariat layout where editors open. */
	public static final String EDITOR_STACK = "org.mandateworkbench.app.perspective.secretariat.main"; //$NON-NLS-1$
	/** The Secretariat layout, shown when an editor opens. */
	public static final String SECRETARIAT_PERSPECTIVE = "org.mandateworkbench.app.perspective.secretariat"; //$NON-NLS-1$
	/** The workbench's save command; the editor validates before it saves. */
	public static final String COMMAND_SAVE = "org.mandateworkbench.ui.command.save"; //$NON-NLS-1$
	/** Validates the mandate of the active editor. */
	public static final String COMMAND_VALIDATE = "org.mandateworkbench.ui.mandate.command.validate"; //$NON-NLS-1$
	/** Adds an action to the mandate of the active editor. */
	public static final String COMMAND_NEW_ACTION = "org.mandateworkbench.ui.mandate.command.newAction"; //$NON-NLS-1$

	/** The navigator's New Action on a selected mandate (command of bundle {@code ui}). */
	public static final String COMMAND_NAVIGATOR_NEW_ACTION = "org.mandateworkbench.ui.command.newAction"; //$NON-NLS-1$
	/** The navigator's New Response on a selected mandate (command of bundle {@code ui}). */
	public static final String COMMAND_NAVIGATOR_NEW_RESPONSE = "org.mandateworkbench.ui.command.newResponse"; //$NON-NLS-1$

	public static final String TABS = "mandate.tabs"; //$NON-NLS-1$
	public static final String PAGE_OVERVIEW = "mandate.page.overview"; //$NON-NLS-1$
	public static final String PAGE_TIMELINE = "mandate.page.timeline"; //$NON-NLS-1$
	public static final String PAGE_RESPONSES = "mandate.page.responses"; //$NON-NLS-1$
	public static final String PAGE_INDICATORS = "mandate.page.indicators"; //$NON-NLS-1$
	public static final String PAGE_DOCUMENTS = "mandate.page.documents"; //$NON-NLS-1$
	public static final String MESSAGE = "mandate.message"; //$NON-NLS-1$
	public static final String TITLE = "mandate.title"; //$NON-NLS-1$
	public static final String SOURCES = "mandate.sources"; //$NON-NLS-1$
	public static final String STATUS = "mandate.status"; //$NON-NLS-1$
	public static final String STATUS_DATE = "mandate.statusDate"; //$NON-NLS-1$
	public static final String STATUS_APPLY = "mandate.statusApply"; //$NON-NLS-1$
	public static final String HISTORY = "mandate.history"; //$NON-NLS-1$
	public static final String DUE_DATE = "mandate.dueDate"; //$NON-NLS-1$
	public static final String PROGRESS_BAR = "mandate.progressBar"; //$NON-NLS-1$
	public static final String PROGRESS_FIGURES = "mandate.progressFigures"; //$NON-NLS-1$
	public static final String TIMELINE = "mandate.timeline"; //$NON-NLS-1$
	public static final String ADD_ACTION = "mandate.addAction"; //$NON-NLS-1$
	public static final String ACTION_TYPE = "mandate.action.type"; //$NON-NLS-1$
	public static final String ACTION_DATE = "mandate.action.date"; //$NON-NLS-1$
	public static final String ACTION_DESCRIPTION = "mandate.action.description"; //$NON-NLS-1$
	public static final String RESPONSE_NOTE = "mandate.response.note"; //$NON-NLS-1$
	public static final String RESPONSE_STATE = "mandate.response.state"; //$NON-NLS-1$
	public static final String RESPONSE_DATE = "mandate.response.date"; //$NON-NLS-1$
	public static final String RESPONSE_SUMMARY_EN = "mandate.response.summaryEn"; //$NON-NLS-1$
	public static final String RESPONSE_SUMMARY_ZH = "mandate.response.summaryZh"; //$NON-NLS-1$
	public static final String RESPONSES = "mandate.responses"; //$NON-NLS-1$
	public static final String AS_OF = "mandate.asOf"; //$NON-NLS-1$
	public static final String GROUP_FILTER = "mandate.groupFilter"; //$NON-NLS-1$
	public static final String SORT = "mandate.sort"; //$NON-NLS-1$
	public static final String INDICATOR_CHART = "mandate.indicatorChart"; //$NON-NLS-1$
	public static final String OBSERVATIONS = "mandate.observations"; //$NON-NLS-1$
	public static final String OBSERVATION_INDICATOR = "mandate.observation.indicator"; //$NON-NLS-1$
	public static final String OBSERVATION_DATE = "mandate.observation.date"; //$NON-NLS-1$
	public static final String OBSERVATION_VALUE = "mandate.observation.value"; //$NON-NLS-1$
	public static final String OBSERVATION_ADD = "mandate.observation.add"; //$NON-NLS-1$
	public static final String DOCUMENTS = "mandate.documents"; //$NON-NLS-1$

	private MandateEditorIds() {
	}
}
