package org.mandateworkbench.ui.handlers;

import java.io.IOException;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.ui.Messages;

/** Saves the changed files of the workspace model. */
public final class SaveHandler {

	@CanExecute
	public boolean canExecute(@Optional ModelStore model) {
		return model != null && model.isDirty();
	}

	@Execute
	public void execute(ModelStore model, Shell shell, @Translation Messages messages) {
		try {
			model.save();
		} catch (IOException e) {
			MessageDialog.openError(shell, messages.save_failedTitle, e.getMessage());
		}
	}
}
