package org.mandateworkbench.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The user's display preferences other than the UI language ({@link UiLanguage}): the date format
 * and the workspace folder opened by default. Stored in the same configuration-scope node.
 */
public final class UiPreferences {

	public static final String DATE_FORMAT_KEY = "dateFormat"; //$NON-NLS-1$
	public static final String DEFAULT_WORKSPACE_KEY = "defaultWorkspace"; //$NON-NLS-1$

	/** The date patterns offered; the first is the default. */
	public static final List<String> DATE_PATTERNS = List.of("yyyy-MM-dd", "d MMM yyyy", "dd/MM/yyyy", "yyyy\u5e74M\u6708d\u65e5"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private UiPreferences() {
	}

	public static String datePattern() {
		String pattern = node().get(DATE_FORMAT_KEY, DATE_PATTERNS.get(0));
		return DATE_PATTERNS.contains(pattern) ? pattern : DATE_PATTERNS.get(0);
	}

	/** Formats dates with the chosen pattern, month names in the UI language. */
	public static DateTimeFormatter dateFormatter(Locale locale) {
		return DateTimeFormatter.ofPattern(datePattern(), locale);
	}

	/** The workspace folder the user chose to open by default, if any. */
	public static Optional<Path> defaultWorkspace() {
		String folder = node().get(DEFAULT_WORKSPACE_KEY, ""); //$NON-NLS-1$
		return folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
	}

	/** Stores the date pattern (one of {@link #DATE_PATTERNS}) and the default workspace (blank clears it). */
	public static void store(String datePattern, String defaultWorkspace) throws BackingStoreException {
		IEclipsePreferences node = node();
		if (DATE_PATTERNS.contains(datePattern)) {
			node.put(DATE_FORMAT_KEY, datePattern);
		}
		if (defaultWorkspace == null || defaultWorkspace.isBlank()) {
			node.remove(DEFAULT_WORKSPACE_KEY);
		} else {
			node.put(DEFAULT_WORKSPACE_KEY, defaultWorkspace.strip());
		}
		node.flush();
	}

	private static IEclipsePreferences node() {
		return ConfigurationScope.INSTANCE.getNode(UiLanguage.PREFERENCE_NODE);
	}
}
