package org.mandateworkbench.ui.mandate.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;

import jakarta.inject.Inject;

/**
 * Installs {@link MandateSaveHandler} in every main window once the workbench is up: the renderer
 * puts its own save handler into a window's context when it creates the window.
 */
public final class MandateSaveHandlerAddon {

	@Inject
	@Optional
	public void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) MApplication application) {
		for (MWindow window : application.getChildren()) {
			IEclipseContext context = window.getContext();
			if (context != null && !(context.get(ISaveHandler.class) instanceof MandateSaveHandler)) {
				context.set(ISaveHandler.class, new MandateSaveHandler(window, context.get(ISaveHandler.class)));
			}
		}
	}
}
