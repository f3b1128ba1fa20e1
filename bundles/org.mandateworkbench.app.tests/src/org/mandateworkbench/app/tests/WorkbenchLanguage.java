package org.mandateworkbench.app.tests;

import org.mandateworkbench.ui.UiLanguage;
import org.osgi.service.prefs.BackingStoreException;

/** Sets the UI language preference the way File > Language does, for the next start. */
final class WorkbenchLanguage {

	private WorkbenchLanguage() {
	}

	static void prefer(String languageTag) throws BackingStoreException {
		UiLanguage.setPreferred(languageTag);
	}

	static void clearPreference() throws BackingStoreException {
		UiLanguage.setPreferred(""); //$NON-NLS-1$
	}
}
