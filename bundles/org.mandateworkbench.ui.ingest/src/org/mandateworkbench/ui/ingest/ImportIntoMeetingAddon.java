package org.mandateworkbench.ui.ingest;

import org.eclipse.e4.core.commands.EHandlerService;

import jakarta.annotation.PostConstruct;

/**
 * Activates the handler of the navigator's Import into This Meeting command (declared by bundle
 * {@code ui}) in the application context. Activated here rather than as a model handler: a
 * fragment's import of another bundle's command did not resolve reliably.
 */
public final class ImportIntoMeetingAddon {

	/** The navigator's command this bundle handles. */
	public static final String COMMAND_ID = "org.mandateworkbench.ui.command.importIntoMeeting"; //$NON-NLS-1$

	@PostConstruct
	public void activate(EHandlerService handlers) {
		handlers.activateHandler(COMMAND_ID, new ImportIntoMeetingHandler());
	}
}
