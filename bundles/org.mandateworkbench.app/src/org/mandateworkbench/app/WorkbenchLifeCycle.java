package org.mandateworkbench.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.osgi.service.datalocation.Location;
import org.mandateworkbench.ui.UiContextKeys;
import org.mandateworkbench.ui.UiLanguage;

/** Prepares the workbench context before the application model is loaded: language and workspace. */
public final class WorkbenchLifeCycle {

	@PostContextCreate
	public void prepare(IEclipseContext context) throws IOException {
		if (!UiLanguage.givenOnCommandLine()) {
			UiLanguage.preferred().ifPresent(locale -> useLocale(context, locale));
		}
		Path folder = workspaceFolder(Platform.getInstanceLocation());
		Files.createDirectories(folder);
		context.set(UiContextKeys.WORKSPACE_FOLDER, folder);
	}

	private static void useLocale(IEclipseContext context, Locale locale) {
		Locale.setDefault(locale);
		context.set(TranslationService.LOCALE, locale);
	}

	/** The folder given with -data, or else the user's default workspace folder. */
	static Path workspaceFolder(Location instanceLocation) {
		if (instanceLocation != null && instanceLocation.getURL() != null) {
			try {
				return Path.of(instanceLocation.getURL().toURI());
			} catch (URISyntaxException | IllegalArgumentException e) {
				// a location that is not a plain folder falls back to the default below
			}
		}
		return Path.of(System.getProperty("user.home"), "MandateWorkbench"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
