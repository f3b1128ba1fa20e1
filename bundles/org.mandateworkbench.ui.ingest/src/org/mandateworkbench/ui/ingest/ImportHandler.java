package org.mandateworkbench.ui.ingest;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.store.ModelStore;

/** File > Import...: opens the import wizard on the open workspace. */
public final class ImportHandler {

	@CanExecute
	public boolean canExecute(@Optional ModelStore store) {
		return store != null;
	}

	@Execute
	public void execute(Shell shell, ModelStore store, @Translation Messages messages) {
		openWizard(shell, store, messages, null);
	}

	/**
	 * Opens the import wizard on the store; it returns when the wizard is closed.
	 *
	 * @param meeting the meeting preset as the target, or null to place each file as it says
	 */
	static void openWizard(Shell shell, ModelStore store, Messages messages, Meeting meeting) {
		ImportWizard wizard = new ImportWizard(store, messages, meeting);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.addPageChangingListener(wizard);
		dialog.open();
	}
}
