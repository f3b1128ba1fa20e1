package org.mandateworkbench.ui.handlers;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.preferences.PreferencesDialog;

import jakarta.inject.Named;

/** Opens File > Preferences. */
public final class PreferencesHandler {

	@Execute
	public void execute(Shell shell, @Translation Messages messages, @Named(TranslationService.LOCALE) Locale locale) {
		new PreferencesDialog(shell, messages, locale).open();
	}
}
