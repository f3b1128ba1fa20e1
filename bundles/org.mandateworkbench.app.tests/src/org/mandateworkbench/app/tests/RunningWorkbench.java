package org.mandateworkbench.app.tests;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The product's own application, started as the launcher would start it but on a UI thread of its
 * own, so that the test thread can drive it. Closing it closes the workbench and waits for the
 * application to return.
 */
final class RunningWorkbench implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final Thread uiThread;
	private final CompletableFuture<Object> result = new CompletableFuture<>();
	private final Display display;
	private final MWindow window;

	private RunningWorkbench(String... arguments) throws Exception {
		IApplication application = createProductApplication();
		AtomicReference<Display> displayRef = new AtomicReference<>();
		uiThread = new Thread(() -> {
			try {
				displayRef.set(Display.getDefault());
				result.complete(application.start(new ProductApplicationContext(arguments)));
			} catch (Throwable failure) {
				result.completeExceptionally(failure);
			}
		}, "workbench-ui"); //$NON-NLS-1$
		uiThread.setDaemon(true);
		uiThread.start();
		window = waitForMainWindow(displayRef);
		display = displayRef.get();
	}

	/** Starts the workbench with the given program arguments (e.g. -data is set by the runtime). */
	static RunningWorkbench start(String... arguments) throws Exception {
		return new RunningWorkbench(arguments);
	}

	Display display() {
		return display;
	}

	MWindow window() {
		return window;
	}

	MApplication application() {
		return window.getContext().get(MApplication.class);
	}

	/** Runs the code on the UI thread and returns its result. */
	<T> T onUiThread(java.util.function.Supplier<T> code) {
		AtomicReference<T> value = new AtomicReference<>();
		display.syncExec(() -> value.set(code.get()));
		return value.get();
	}

	@Override
	public void close() throws Exception {
		if (!display.isDisposed()) {
			display.asyncExec(() -> window.getContext().get(IWorkbench.class).close());
		}
		result.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		uiThread.join(START_TIMEOUT.toMillis());
	}

	private static IApplication createProductApplication() throws CoreException {
		String applicationId = Platform.getProduct().getApplication();
		IExtension extension = Platform.getExtensionRegistry().getExtension(Platform.PI_RUNTIME,
				Platform.PT_APPLICATIONS, applicationId);
		for (IConfigurationElement run : extension.getConfigurationElements()[0].getChildren("run")) { //$NON-NLS-1$
			return (IApplication) run.createExecutableExtension("class"); //$NON-NLS-1$
		}
		throw new IllegalStateException("application " + applicationId + " declares nothing to run"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private MWindow waitForMainWindow(AtomicReference<Display> displayRef) throws Exception {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (result.isDone()) {
				result.get();
				throw new IllegalStateException("the application returned before showing its window"); //$NON-NLS-1$
			}
			Display current = displayRef.get();
			if (current != null && !current.isDisposed()) {
				AtomicReference<MWindow> found = new AtomicReference<>();
				current.syncExec(() -> {
					for (Shell shell : current.getShells()) {
						if (shell.isVisible() && shell.getData("modelElement") instanceof MWindow mainWindow) { //$NON-NLS-1$
							found.set(mainWindow);
						}
					}
				});
				if (found.get() != null) {
					return found.get();
				}
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("no workbench window within " + START_TIMEOUT); //$NON-NLS-1$
	}
}
