package org.mandateworkbench.ui.jobs;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * What a running job reported about its progress: the monitor the job manager hands to the job.
 * Read from the UI thread, written from the job's thread, hence the volatile fields.
 */
final class JobProgress extends NullProgressMonitor {

	private final Job job;
	private volatile String task = ""; //$NON-NLS-1$
	private volatile String subTask = ""; //$NON-NLS-1$
	private volatile int totalWork = UNKNOWN;
	private volatile double worked;

	JobProgress(Job job) {
		this.job = job;
	}

	Job job() {
		return job;
	}

	@Override
	public void beginTask(String name, int total) {
		task = name == null ? "" : name; //$NON-NLS-1$
		totalWork = total;
		worked = 0;
	}

	@Override
	public void setTaskName(String name) {
		task = name == null ? "" : name; //$NON-NLS-1$
	}

	@Override
	public void subTask(String name) {
		subTask = name == null ? "" : name; //$NON-NLS-1$
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void internalWorked(double work) {
		worked += work;
	}

	@Override
	public void setCanceled(boolean cancelled) {
		super.setCanceled(cancelled);
		if (cancelled) {
			job.cancel();
		}
	}

	/** What the job says it is doing: task and subtask, or its name. */
	String description() {
		String doing = subTask.isEmpty() ? task : task.isEmpty() ? subTask : task + ": " + subTask; //$NON-NLS-1$
		return doing.isEmpty() ? job.getName() : job.getName() + " \u2013 " + doing; //$NON-NLS-1$
	}

	/** Percent done, or -1 when the job does not know its total. */
	int percent() {
		int total = totalWork;
		return total <= 0 ? -1 : (int) Math.min(100, Math.round(worked * 100 / total));
	}
}
