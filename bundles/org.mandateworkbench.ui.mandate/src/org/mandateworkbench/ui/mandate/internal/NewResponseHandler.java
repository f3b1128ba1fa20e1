package org.mandateworkbench.ui.mandate.internal;

import java.time.LocalDate;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.store.ModelStore;

import jakarta.inject.Named;

/**
 * The navigator's New Response on a selected mandate with at least one note verbale: asks for the
 * note, the State, the date received and a summary, then adds the State's response to the note as
 * one undoable command.
 */
public final class NewResponseHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			@Optional ModelStore store) {
		return store != null && selection instanceof Mandate mandate
				&& mandate.getActions().stream().anyMatch(NoteVerbale.class::isInstance);
	}

	@Execute
	public void execute(Shell shell, ModelStore store, @Named(IServiceConstants.ACTIVE_SELECTION) Mandate mandate) {
		MandateWorkspace root = store.root();
		NewResponseDialog dialog = new NewResponseDialog(shell, mandate, root.getStates(), LocalDate.now());
		if (dialog.open() == Window.OK) {
			store.execute(MandateCommands.addResponse(store, dialog.noteVerbale(), dialog.state(), dialog.receivedDate(),
					dialog.summaryEnglish(), dialog.summaryChinese()));
		}
	}
}
