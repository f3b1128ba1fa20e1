package org.mandateworkbench.ui;

import java.util.List;

/**
 * The three role layouts of the workbench. Each is a perspective of the main window whose id is
 * declared in the application model of the app bundle.
 */
public enum Roles {
	SECRETARIAT("org.mandateworkbench.app.perspective.secretariat"), //$NON-NLS-1$
	BUREAU("org.mandateworkbench.app.perspective.bureau"), //$NON-NLS-1$
	DELEGATE("org.mandateworkbench.app.perspective.delegate"); //$NON-NLS-1$

	/** The command that switches the role layout; its one parameter names the perspective id. */
	public static final String SWITCH_COMMAND_ID = "org.mandateworkbench.ui.command.switchRole"; //$NON-NLS-1$
	public static final String SWITCH_PARAMETER_ID = "org.mandateworkbench.ui.commandparameter.role"; //$NON-NLS-1$

	private final String perspectiveId;

	Roles(String perspectiveId) {
		this.perspectiveId = perspectiveId;
	}

	public String perspectiveId() {
		return perspectiveId;
	}

	public static List<String> perspectiveIds() {
		return List.of(SECRETARIAT.perspectiveId, BUREAU.perspectiveId, DELEGATE.perspectiveId);
	}
}
