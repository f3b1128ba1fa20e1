package org.mandateworkbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.ModelSaving;

import jakarta.inject.Inject;

/**
 * Closing a main window asks about the model's unsaved changes as File > Quit does, instead of the
 * renderer's default, which asks about dirty parts only and would lose changes made elsewhere (the
 * properties part, the navigator's commands).
 */
public final class UnsavedChangesAddon {

	@Inject
	@Translation
	private Messages messages;

	@Inject
	@Optional
	public void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) MApplication application) {
		// the renderer sets its own close handler when it creates the window, before this event
		for (MWindow window : application.getChildren()) {
			if (window.getContext() != null) {
				window.getContext().set(IWindowCloseHandler.class, this::mayClose);
			}
		}
	}

	private boolean mayClose(MWindow window) {
		Shell shell = window.getWidget() instanceof Shell own ? own : null;
		return ModelSaving.confirmExit(window.getContext().get(ModelStore.class), shell, messages);
	}
}
