package org.mandateworkbench.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The user's choice of UI language. An explicit {@code -nl} on the command line wins; otherwise the
 * preference stored here applies from the next start of the workbench.
 */
public final class UiLanguage {

	public static final String PREFERENCE_NODE = "org.mandateworkbench.ui"; //$NON-NLS-1$
	public static final String PREFERENCE_KEY = "uiLanguage"; //$NON-NLS-1$

	/** The languages the UI is translated into. */
	public static final List<String> SUPPORTED = List.of("en", "zh"); //$NON-NLS-1$ //$NON-NLS-2$

	private UiLanguage() {
	}

	public static Optional<Locale> preferred() {
		String tag = node().get(PREFERENCE_KEY, ""); //$NON-NLS-1$
		return SUPPORTED.contains(tag) ? Optional.of(Locale.forLanguageTag(tag)) : Optional.empty();
	}

	/** Stores the language for the next start; an unsupported or empty tag clears the choice. */
	public static void setPreferred(String languageTag) throws BackingStoreException {
		IEclipsePreferences node = node();
		if (SUPPORTED.contains(languageTag)) {
			node.put(PREFERENCE_KEY, languageTag);
		} else {
			node.remove(PREFERENCE_KEY);
		}
		node.flush();
	}

	public static boolean givenOnCommandLine() {
		String[] args = Platform.getCommandLineArgs();
		return args != null && Arrays.asList(args).contains("-nl"); //$NON-NLS-1$
	}

	private static IEclipsePreferences node() {
		return ConfigurationScope.INSTANCE.getNode(PREFERENCE_NODE);
	}
}
