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
 * The navigator's Import into This Meeting on a selected meeting: opens the import wizard. The
 * matcher still places each document by its own symbol and dates; it takes no target meeting yet.
 */
public final class ImportIntoMeetingHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			@Optional ModelStore store) {
		return store != null && selection instanceof Meeting;
	}

	@Execute
	public void execute(Shell shell, ModelStore store, @Translation Messages messages) {
		ImportHandler.openWizard(shell, store, messages);
	}
}
