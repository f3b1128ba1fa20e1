package org.mandateworkbench.ui.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;

/**
 * Follows the Eclipse jobs of the workbench: gives each job a {@link JobProgress} monitor (as the
 * job manager's progress provider) and keeps the list of running ones. Listeners hear of every
 * change, on the thread where it happened. Only user-visible jobs (not system jobs) are listed.
 */
final class JobTracker extends ProgressProvider {

	private final IJobManager manager;
	private final Map<Job, JobProgress> running = new ConcurrentHashMap<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final JobChangeAdapter changes = new JobChangeAdapter() {
		@Override
		public void running(IJobChangeEvent event) {
			if (!event.getJob().isSystem()) {
				running.computeIfAbsent(event.getJob(), JobProgress::new);
				fire();
			}
		}

		@Override
		public void done(IJobChangeEvent event) {
			if (running.remove(event.getJob()) != null) {
				fire();
			}
		}
	};

	JobTracker(IJobManager manager) {
		this.manager = manager;
	}

	void start() {
		manager.setProgressProvider(this);
		manager.addJobChangeListener(changes);
	}

	void stop() {
		manager.removeJobChangeListener(changes);
		manager.setProgressProvider(null);
		running.clear();
	}

	void addListener(Runnable listener) {
		listeners.add(listener);
	}

	/** The running jobs, oldest first by name for a stable order. */
	List<JobProgress> running() {
		List<JobProgress> jobs = new ArrayList<>(running.values());
		jobs.sort((a, b) -> a.job().getName().compareTo(b.job().getName()));
		return jobs;
	}

	@Override
	public IProgressMonitor createMonitor(Job job) {
		return running.computeIfAbsent(job, JobProgress::new);
	}

	private void fire() {
		listeners.forEach(Runnable::run);
	}
}
