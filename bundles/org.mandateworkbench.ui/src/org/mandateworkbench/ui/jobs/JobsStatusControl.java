package org.mandateworkbench.ui.jobs;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The status line's job indicator: how many user jobs are running, empty when none is. */
public final class JobsStatusControl {

	@Inject
	@Translation
	private Messages messages;

	private final AtomicInteger running = new AtomicInteger();
	private Label label;
	private final IJobChangeListener listener = new JobChangeAdapter() {
		@Override
		public void running(IJobChangeEvent event) {
			if (!event.getJob().isSystem()) {
				running.incrementAndGet();
				showLater();
			}
		}

		@Override
		public void done(IJobChangeEvent event) {
			if (!event.getJob().isSystem() && running.get() > 0) {
				running.decrementAndGet();
				showLater();
			}
		}
	};

	@PostConstruct
	public void createControls(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 2).applyTo(box);
		label = new Label(box, SWT.NONE);
		label.setData(WidgetIds.KEY, WidgetIds.JOBS_STATUS);
		label.setText(NLS.bind(messages.jobs_running, 99));
		// room for the longest text from the start, so the trim bar need not grow later
		GridDataFactory.fillDefaults().hint(label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, SWT.DEFAULT).applyTo(label);
		label.setText(""); //$NON-NLS-1$
		Job.getJobManager().addJobChangeListener(listener);
	}

	private void showLater() {
		if (label != null && !label.isDisposed()) {
			label.getDisplay().asyncExec(() -> {
				if (!label.isDisposed()) {
					int count = running.get();
					label.setText(count == 0 ? "" : NLS.bind(messages.jobs_running, count)); //$NON-NLS-1$
					label.getParent().layout();
				}
			});
		}
	}

	@PreDestroy
	public void dispose() {
		Job.getJobManager().removeJobChangeListener(listener);
	}
}
