package org.mandateworkbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.mandateworkbench.ui.OpenRequest;

import jakarta.inject.Named;

/** Asks for the selected model object to be opened: posts an {@link OpenRequest} for the bundle that shows its type. */
public final class OpenHandler {

	/** The id of the open command. */
	public static final String COMMAND_ID = "org.mandateworkbench.ui.command.open"; //$NON-NLS-1$

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return selection instanceof EObject;
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) EObject selection, IEventBroker eventBroker) {
		eventBroker.send(OpenRequest.TOPIC, OpenRequest.of(selection));
	}
}
