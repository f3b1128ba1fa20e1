package org.mandateworkbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.ModelSaving;

/**
 * Saves the changed files of the workspace model, whichever part is active, unless the changed
 * objects have validation errors: then it saves nothing and lists them (see {@link ModelSaving}).
 */
public final class SaveHandler {

	@CanExecute
	public boolean canExecute(@Optional ModelStore model) {
		return model != null && model.isDirty();
	}

	@Execute
	public void execute(ModelStore model, Shell shell, @Translation Messages messages) {
		ModelSaving.saveOrExplain(model, shell, messages);
	}
}
