package org.mandateworkbench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.UiLanguage;
import org.osgi.service.prefs.BackingStoreException;

import jakarta.inject.Named;

/** Stores the UI language chosen by the user; it applies from the next start. */
public final class ChooseLanguageHandler {

	public static final String LANGUAGE_PARAMETER_ID = "org.mandateworkbench.ui.commandparameter.language"; //$NON-NLS-1$

	@CanExecute
	public boolean canExecute(@Named(LANGUAGE_PARAMETER_ID) String language) {
		return UiLanguage.SUPPORTED.contains(language);
	}

	@Execute
	public void execute(@Named(LANGUAGE_PARAMETER_ID) String language, Shell shell,
			@Translation Messages messages) {
		try {
			UiLanguage.setPreferred(language);
			MessageDialog.openInformation(shell, messages.language_title, messages.language_appliesAtRestart);
		} catch (BackingStoreException e) {
			MessageDialog.openError(shell, messages.language_title, messages.language_notSaved + ' ' + e.getMessage());
		}
	}
}
