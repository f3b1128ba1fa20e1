package org.mandateworkbench.ui.search;

import java.io.IOException;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.mandateworkbench.index.IndexOpenJob;
import org.mandateworkbench.index.IndexService;
import org.mandateworkbench.store.ModelStore;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Opens the search index of the open workspace when the workbench starts: a background job checks
 * it, rebuilds it when it is missing, outdated or corrupt (with progress, cancellable) and then puts
 * the {@link IndexService} into the application context, where Search parts pick it up. From then on
 * the index follows every change of the model. A failure is put into the context under
 * {@link #PROBLEM} for the parts to show; the model is never touched.
 */
public final class SearchIndexAddon {

	/** Context key of a String describing why the index is unavailable. */
	public static final String PROBLEM = "org.mandateworkbench.ui.search.indexProblem"; //$NON-NLS-1$

	private IndexOpenJob job;
	private IndexService index;
	private boolean closed;

	@PostConstruct
	public void open(IEclipseContext context, @Optional ModelStore store, UISynchronize sync) {
		if (store == null) {
			return;
		}
		// The model is read and changed on the UI thread only; the job analyses and writes off it.
		job = new IndexOpenJob(store, false, sync::asyncExec, opened -> sync.asyncExec(() -> publish(context, opened)));
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().getSeverity() == IStatus.ERROR) {
					sync.asyncExec(() -> context.set(PROBLEM, event.getResult().getMessage()));
				}
			}
		});
		job.schedule();
	}

	private void publish(IEclipseContext context, IndexService opened) {
		if (closed) {
			closeQuietly(opened);
			return;
		}
		index = opened;
		context.set(IndexService.class, opened);
	}

	/** Commits and closes the index before the workspace and its model are closed. */
	@Inject
	@Optional
	public void shutdownStarted(@UIEventTopic(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED) Event event) {
		close();
	}

	@PreDestroy
	public void close() {
		closed = true;
		if (job != null) {
			job.cancel();
		}
		if (index != null) {
			closeQuietly(index);
			index = null;
		}
	}

	private static void closeQuietly(IndexService opened) {
		try {
			opened.close();
		} catch (IOException | RuntimeException e) {
			// The index is derived data: losing its last changes only means an update at next start.
			Platform.getLog(SearchIndexAddon.class).warn(e.getMessage(), e);
		}
	}
}
