package org.mandateworkbench.app.tests;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/** A long user job that reports progress and stops when cancelled, for the tests of the jobs part. */
final class CountingJob extends Job {

	private static final int STEPS = 1_000_000;

	private final CountDownLatch started = new CountDownLatch(1);

	CountingJob(String name) {
		super(name);
	}

	/** Schedules the job and waits until it runs. */
	CountingJob start() throws InterruptedException {
		schedule();
		if (!started.await(30, TimeUnit.SECONDS)) {
			throw new AssertionError(getName() + " did not start"); //$NON-NLS-1$
		}
		return this;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask("counting", STEPS); //$NON-NLS-1$
		started.countDown();
		for (int i = 0; i < STEPS; i++) {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			monitor.worked(1);
			try {
				Thread.sleep(1);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			}
		}
		return Status.OK_STATUS;
	}
}
