package org.mandateworkbench.ui.report;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * Runs one piece of drafting as an Eclipse Job, shows its progress in a progress bar of the wizard and
 * hands the outcome back on the UI thread: the result, a cancellation, or the failure's message.
 *
 * @param <T> the result of the work
 */
final class DraftJob<T> extends Job {

	/** The drafting itself; it reports on the monitor and checks it for cancellation between steps. */
	interface Work<T> {
		T run(IProgressMonitor monitor) throws Exception;
	}

	/** What became of the work, delivered on the UI thread. */
	interface Outcome<T> {
		void succeeded(T result);

		void cancelled();

		void failed(Exception failure);
	}

	private final Work<T> work;
	private final AtomicReference<T> result = new AtomicReference<>();
	private final AtomicReference<Exception> failure = new AtomicReference<>();
	private final ProgressBar bar;
	private final Display display;

	DraftJob(String name, Work<T> work, ProgressBar bar, Outcome<T> outcome) {
		super(name);
		this.work = work;
		this.bar = bar;
		this.display = bar.getDisplay();
		setUser(true);
		addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				onUi(() -> {
					if (!bar.isDisposed()) {
						bar.setSelection(0);
					}
					if (event.getResult().getSeverity() == IStatus.CANCEL) {
						outcome.cancelled();
					} else if (failure.get() != null) {
						outcome.failed(failure.get());
					} else {
						outcome.succeeded(result.get());
					}
				});
			}
		});
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			result.set(work.run(new BarMonitor(monitor)));
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (Exception e) {
			failure.set(e);
			// The failure is shown in the wizard as a plain message, not in an error dialog.
			return Status.OK_STATUS;
		} finally {
			monitor.done();
		}
	}

	private void onUi(Runnable runnable) {
		if (!display.isDisposed()) {
			display.asyncExec(runnable);
		}
	}

	/** Mirrors the job's progress in the wizard's bar. */
	private final class BarMonitor extends ProgressMonitorWrapper {

		private int total;
		private int done;

		BarMonitor(IProgressMonitor monitor) {
			super(monitor);
		}

		@Override
		public void beginTask(String name, int totalWork) {
			super.beginTask(name, totalWork);
			total = Math.max(1, totalWork);
			done = 0;
			show();
		}

		@Override
		public void worked(int work) {
			super.worked(work);
			done += work;
			show();
		}

		private void show() {
			int percent = 100 * Math.min(done, total) / total;
			onUi(() -> {
				if (!bar.isDisposed()) {
					bar.setSelection(percent);
				}
			});
		}
	}
}
