package org.mandateworkbench.app.tests;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.testsupport.robot.UiThreadRunner;
import org.mandateworkbench.ui.Roles;
import org.mandateworkbench.ui.UiLanguage;

/**
 * The product's own application, started as the launcher starts it but on a UI thread of its own,
 * so that the test thread can drive it with the robot. Closing it closes the workbench and waits
 * for the application to return.
 */
final class RunningWorkbench implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final CompletableFuture<Object> exit = new CompletableFuture<>();
	private final UiThreadRunner runner;
	private final SwtRobot robot;
	private final MWindow window;
	private Locale startingLocale;

	private RunningWorkbench(String... arguments) throws CoreException {
		IApplication application = createProductApplication();
		runner = UiThreadRunner.run("workbench-ui", () -> { //$NON-NLS-1$
			try {
				exit.complete(application.start(new ProductApplicationContext(arguments)));
			} catch (Throwable failure) {
				exit.completeExceptionally(failure);
			}
		});
		robot = runner.robot().withTimeout(Duration.ofSeconds(20));
		robot.waitUntil(Condition.of("the main workbench window to open", //$NON-NLS-1$
				() -> exit.isDone() || findMainWindow() != null), TIMEOUT);
		if (exit.isDone()) {
			throw new IllegalStateException("the application ended before it opened a window: " + exit.join()); //$NON-NLS-1$
		}
		window = findMainWindow();
	}

	/**
	 * Starts the product's application with the UI language chosen in the preference, as
	 * File > Language leaves it. Closing clears the choice and restores the JVM's locale.
	 */
	static RunningWorkbench startInLanguage(String languageTag) throws Exception {
		Locale startingLocale = Locale.getDefault();
		UiLanguage.setPreferred(languageTag);
		try {
			RunningWorkbench workbench = new RunningWorkbench();
			workbench.startingLocale = startingLocale;
			return workbench;
		} catch (Exception | AssertionError e) {
			UiLanguage.setPreferred(""); //$NON-NLS-1$
			throw e;
		}
	}

	SwtRobot robot() {
		return robot;
	}

	MWindow window() {
		return window;
	}

	/** The perspectives of the main window, in model order. */
	List<MPerspective> perspectives() {
		return robot.syncExec("list the perspectives", () -> perspectiveStack().getChildren()); //$NON-NLS-1$
	}

	/** The id of the role layout the main window shows. */
	String shownPerspectiveId() {
		return robot.syncExec("read the shown layout", //$NON-NLS-1$
				() -> perspectiveStack().getSelectedElement().getElementId());
	}

	/** Waits until the main window shows the given role layout. */
	void waitForRole(Roles role) {
		robot.waitUntil(Condition.of("the " + role + " layout to be shown", //$NON-NLS-1$ //$NON-NLS-2$
				() -> role.perspectiveId().equals(shownPerspectiveId())));
	}

	private MPerspectiveStack perspectiveStack() {
		EModelService models = window.getContext().get(EModelService.class);
		return models.findElements(window, null, MPerspectiveStack.class).get(0);
	}

	@Override
	public void close() throws Exception {
		if (!exit.isDone()) {
			robot.syncExec("close the workbench", () -> window.getContext().get(IWorkbench.class).close()); //$NON-NLS-1$
		}
		try {
			exit.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		} finally {
			runner.close();
			UiLanguage.setPreferred(""); //$NON-NLS-1$
			Locale.setDefault(startingLocale);
		}
	}

	private MWindow findMainWindow() {
		return robot.syncExec("look for the main window", () -> { //$NON-NLS-1$
			for (Shell shell : runner.display().getShells()) {
				if (shell.isVisible() && shell.getData("modelElement") instanceof MWindow main) { //$NON-NLS-1$
					return main;
				}
			}
			return null;
		});
	}

	private static IApplication createProductApplication() throws CoreException {
		String applicationId = Platform.getProduct().getApplication();
		IConfigurationElement[] declaration = Platform.getExtensionRegistry()
				.getExtension(Platform.PI_RUNTIME, Platform.PT_APPLICATIONS, applicationId).getConfigurationElements();
		return (IApplication) declaration[0].getChildren("run")[0].createExecutableExtension("class"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
