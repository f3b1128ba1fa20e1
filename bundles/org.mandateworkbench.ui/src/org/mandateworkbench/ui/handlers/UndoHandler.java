package org.mandateworkbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.mandateworkbench.store.ModelStore;

/** Undoes the last edit of the workspace model. */
public final class UndoHandler {

	@CanExecute
	public boolean canExecute(@Optional ModelStore model) {
		return model != null && model.commandStack().canUndo();
	}

	@Execute
	public void execute(ModelStore model) {
		model.commandStack().undo();
	}
}
