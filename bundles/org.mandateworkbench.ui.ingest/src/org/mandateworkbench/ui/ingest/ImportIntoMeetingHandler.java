package org.mandateworkbench.ui.ingest;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.store.ModelStore;

import jakarta.inject.Named;

/**
 * The navigator's Import into This Meeting on a selected meeting: opens the import wizard with that
 * meeting as the target, so what the files hold goes to it (the first page can change the choice).
 */
public final class ImportIntoMeetingHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			@Optional ModelStore store) {
		return store != null && selection instanceof Meeting;
	}

	@Execute
	public void execute(Shell shell, ModelStore store, @Translation Messages messages,
			@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		ImportHandler.openWizard(shell, store, messages, (Meeting) selection);
	}
}
