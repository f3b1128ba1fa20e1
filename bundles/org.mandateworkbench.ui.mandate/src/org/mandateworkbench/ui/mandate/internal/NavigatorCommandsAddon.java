package org.mandateworkbench.ui.mandate.internal;

import org.eclipse.e4.core.commands.EHandlerService;
import org.mandateworkbench.ui.mandate.MandateEditorIds;

import jakarta.annotation.PostConstruct;

/**
 * Activates this bundle's handlers of the navigator's New Action and New Response commands (declared
 * by bundle {@code ui}) in the application context. Activated here rather than as model handlers: a
 * fragment's import of another bundle's command did not resolve reliably.
 */
public final class NavigatorCommandsAddon {

	@PostConstruct
	public void activate(EHandlerService handlers) {
		handlers.activateHandler(MandateEditorIds.COMMAND_NAVIGATOR_NEW_ACTION, new NavigatorNewActionHandler());
		handlers.activateHandler(MandateEditorIds.COMMAND_NAVIGATOR_NEW_RESPONSE, new NewResponseHandler());
	}
}
