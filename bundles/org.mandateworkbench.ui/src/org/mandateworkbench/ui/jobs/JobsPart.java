package org.mandateworkbench.ui.jobs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.WidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Lists the running jobs with their progress and a cancel button each. Rebuilt when a job starts or
 * ends, and its progress bars refreshed twice a second while any job runs.
 */
public final class JobsPart {

	private static final int REFRESH_MILLIS = 500;

	@Inject
	@Translation
	private Messages messages;

	private final List<JobRow> rows = new ArrayList<>();
	private JobTracker tracker;
	private ScrolledComposite scroller;
	private Composite list;
	private Label idle;
	private boolean refreshing;

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(GridLayoutFactory.fillDefaults().create());
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		list = new Composite(scroller, SWT.NONE);
		list.setData(WidgetIds.KEY, WidgetIds.JOBS_LIST);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).applyTo(list);
		scroller.setContent(list);
		idle = new Label(list, SWT.NONE);
		idle.setText(messages.jobs_none);
		tracker = new JobTracker(Job.getJobManager());
		Display display = parent.getDisplay();
		tracker.addListener(() -> display.asyncExec(this::rebuild));
		tracker.start();
		rebuild();
	}

	private void rebuild() {
		if (list.isDisposed()) {
			return;
		}
		rows.forEach(JobRow::dispose);
		rows.clear();
		List<JobProgress> running = tracker.running();
		idle.setVisible(running.isEmpty());
		GridDataFactory.fillDefaults().span(3, 1).exclude(!running.isEmpty()).applyTo(idle);
		for (JobProgress job : running) {
			rows.add(new JobRow(list, job));
		}
		list.layout(true, true);
		scroller.setMinSize(list.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		if (!running.isEmpty() && !refreshing) {
			refreshing = true;
			list.getDisplay().timerExec(REFRESH_MILLIS, this::refreshProgress);
		}
	}

	private void refreshProgress() {
		refreshing = false;
		if (list.isDisposed() || rows.isEmpty()) {
			return;
		}
		rows.forEach(JobRow::refresh);
		refreshing = true;
		list.getDisplay().timerExec(REFRESH_MILLIS, this::refreshProgress);
	}

	/** One running job: what it does, its progress, and a cancel button. */
	private final class JobRow {
		private final JobProgress job;
		private final Label description;
		private final ProgressBar bar;
		private final Button cancel;

		JobRow(Composite parent, JobProgress job) {
			this.job = job;
			description = new Label(parent, SWT.NONE);
			GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(description);
			bar = new ProgressBar(parent, job.percent() < 0 ? SWT.INDETERMINATE : SWT.SMOOTH);
			bar.setMaximum(100);
			GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(bar);
			cancel = new Button(parent, SWT.PUSH);
			cancel.setText(messages.jobs_cancel);
			cancel.setData(WidgetIds.KEY, WidgetIds.JOBS_CANCEL_PREFIX + job.job().getName());
			cancel.setToolTipText(NLS.bind(messages.jobs_cancelTooltip, job.job().getName()));
			cancel.addListener(SWT.Selection, event -> {
				job.setCanceled(true);
				cancel.setEnabled(false);
			});
			refresh();
		}

		void refresh() {
			description.setText(job.description());
			if (job.percent() >= 0 && (bar.getStyle() & SWT.INDETERMINATE) == 0) {
				bar.setSelection(job.percent());
			}
		}

		void dispose() {
			description.dispose();
			bar.dispose();
			cancel.dispose();
		}
	}

	@Focus
	public void setFocus() {
		list.setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (tracker != null) {
			tracker.stop();
		}
	}
}
