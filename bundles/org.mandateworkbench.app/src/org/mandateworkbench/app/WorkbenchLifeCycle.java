package org.mandateworkbench.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.eclipse.osgi.service.datalocation.Location;
import org.mandateworkbench.store.DemoWorkspace;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;
import org.mandateworkbench.ui.UiLanguage;
import org.mandateworkbench.ui.UiPreferences;

/**
 * Prepares the workbench context before the application model is loaded: the UI language, the open
 * workspace and its model. A workspace that cannot be opened is reported in a dialog and ends the start.
 */
public final class WorkbenchLifeCycle {

	@PostContextCreate
	public void prepare(IEclipseContext context) {
		if (!UiLanguage.givenOnCommandLine()) {
			UiLanguage.preferred().ifPresent(locale -> useLocale(context, locale));
		}
		Path folder = workspaceFolder(Platform.getInstanceLocation());
		try {
			if (Workspaces.isNew(folder)) {
				DemoWorkspace.install(folder);
			}
			Workspace workspace = Workspaces.open(folder);
			context.set(Workspace.class, workspace);
			context.set(ModelStore.class, ModelStore.open(workspace));
		} catch (IOException e) {
			WorkspaceProblemDialog.show(folder, e);
			System.exit(1);
		}
	}

	@PreSave
	public void closeWorkspace(IEclipseContext context) {
		ModelStore model = context.get(ModelStore.class);
		if (model != null) {
			model.close();
		}
		Workspace workspace = context.get(Workspace.class);
		if (workspace != null) {
			try {
				workspace.close();
			} catch (IOException e) {
				Platform.getLog(WorkbenchLifeCycle.class).error(e.getMessage(), e);
			}
		}
	}

	private static void useLocale(IEclipseContext context, Locale locale) {
		Locale.setDefault(locale);
		context.set(TranslationService.LOCALE, locale);
	}

	/** The folder given with -data, or else the one chosen in File > Preferences, or else the default folder. */
	static Path workspaceFolder(Location instanceLocation) {
		if (instanceLocation != null && instanceLocation.getURL() != null
				&& "file".equals(instanceLocation.getURL().getProtocol())) { //$NON-NLS-1$
			return Path.of(instanceLocation.getURL().getPath());
		}
		return UiPreferences.defaultWorkspace().orElseGet(Workspaces::defaultLocation);
	}
}
