package org.mandateworkbench.ui.mandate.internal;

import java.time.LocalDate;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.store.ModelStore;

import jakarta.inject.Named;

/**
 * The navigator's New Action on a selected mandate: the editor's Add Action dialog, then one
 * undoable command, without opening the editor.
 */
public final class NavigatorNewActionHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			@Optional ModelStore store) {
		return store != null && selection instanceof Mandate;
	}

	@Execute
	public void execute(Shell shell, ModelStore store, @Named(IServiceConstants.ACTIVE_SELECTION) Mandate mandate) {
		AddActionDialog dialog = new AddActionDialog(shell, LocalDate.now());
		if (dialog.open() == Window.OK) {
			store.execute(MandateCommands.addAction(store, mandate, dialog.kind(), dialog.date(), dialog.description(),
					MandateEditorContext.preferredLanguages().getFirst()));
		}
	}
}
