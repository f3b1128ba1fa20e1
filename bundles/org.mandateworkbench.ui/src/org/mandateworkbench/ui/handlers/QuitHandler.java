package org.mandateworkbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.ModelSaving;

/** Closes the workbench after asking what to do with unsaved changes. */
public final class QuitHandler {

	@Execute
	public void execute(IWorkbench workbench, @Optional ModelStore model, Shell shell, @Translation Messages messages) {
		if (ModelSaving.confirmExit(model, shell, messages)) {
			workbench.close();
		}
	}
}
