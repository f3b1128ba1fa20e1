package org.mandateworkbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.mandateworkbench.store.ModelStore;

/** Redoes the last undone edit of the workspace model. */
public final class RedoHandler {

	@CanExecute
	public boolean canExecute(@Optional ModelStore model) {
		return model != null && model.commandStack().canRedo();
	}

	@Execute
	public void execute(ModelStore model) {
		model.commandStack().redo();
	}
}
