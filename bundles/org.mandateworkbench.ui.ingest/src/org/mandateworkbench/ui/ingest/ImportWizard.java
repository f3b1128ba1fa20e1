package org.mandateworkbench.ui.ingest;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.IPageChangingListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.wizard.Wizard;
import org.mandateworkbench.ingest.commit.ImportCommitException;
import org.mandateworkbench.ingest.commit.ImportCommitter;
import org.mandateworkbench.ingest.merge.ImportPlan;
import org.mandateworkbench.ingest.merge.ImportTarget;
import org.mandateworkbench.ingest.merge.ProposalMatcher;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.store.ModelStore;

/**
 * Imports documents into the open workspace: choose files and where they go (a meeting, or as each
 * file says); the analysis runs as a job with progress and cancel; review and edit what it proposes,
 * and decide for each file that names another meeting than the chosen one; Finish commits the accepted
 * changes as one undoable command (save with File > Save as any edit).
 */
final class ImportWizard extends Wizard implements IPageChangingListener {

	private final ModelStore store;
	private final Messages messages;
	private final Meeting preset;
	private ChooseFilesPage choose;
	private ReviewPage review;
	private List<ImportAnalysisJob.Analyzed> analyzed = List.of();
	private List<String> readProblems = List.of();
	private ImportTarget target = ImportTarget.asTheFileSays();

	/** @param preset the meeting the first page starts with as the target; null: as each file says */
	ImportWizard(ModelStore store, Messages messages, Meeting preset) {
		this.store = store;
		this.messages = messages;
		this.preset = preset;
		setWindowTitle(messages.wizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		choose = new ChooseFilesPage(messages, store, preset);
		review = new ReviewPage(messages, store, this::decide);
		addPage(choose);
		addPage(review);
	}

	@Override
	public void handlePageChanging(PageChangingEvent event) {
		if (event.getCurrentPage() == choose && event.getTargetPage() == review) {
			event.doit = analyze(choose.files());
		}
	}

	/** Reads the files in a job (cancel stays on the first page), then matches them on the UI thread. */
	private boolean analyze(List<Path> files) {
		ImportAnalysisJob[] job = new ImportAnalysisJob[1];
		try {
			getContainer().run(true, true, monitor -> {
				monitor.beginTask(messages.analysis_task, files.size());
				job[0] = new ImportAnalysisJob(messages.analysis_task, files, file -> {
					monitor.subTask(file.getFileName().toString());
					monitor.worked(1);
				});
				job[0].schedule();
				try {
					job[0].join(0, monitor);
				} catch (OperationCanceledException e) {
					job[0].cancel();
					throw new InterruptedException();
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), messages.analysis_failedTitle, String.valueOf(e.getCause()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		if (job[0].getResult() == null || job[0].getResult().getSeverity() == IStatus.CANCEL) {
			return false;
		}
		analyzed = job[0].analyzed();
		readProblems = job[0].problems();
		target = choose.target();
		match();
		return true;
	}

	/** Matches the analyzed files against the workspace for the current target and shows the plans. */
	private void match() {
		ProposalMatcher matcher = new ProposalMatcher(store.root(), StateCatalog.standard(), target);
		List<ImportPlan> plans = new ArrayList<>();
		for (ImportAnalysisJob.Analyzed file : analyzed) {
			plans.add(matcher.match(file.proposal(), file.text()));
		}
		review.show(plans, readProblems);
	}

	/**
	 * The reviewer's choice for a file that names another meeting than the target: keep the target or
	 * place it as it says. The files are matched again, so choices made in the table are reset.
	 */
	private void decide(String source, boolean keepTarget) {
		if (review.getControl() == null || review.getControl().isDisposed()) {
			return;
		}
		target = keepTarget ? target.keepingTarget(source) : target.followingFile(source);
		match();
	}

	@Override
	public boolean canFinish() {
		return getContainer() != null && getContainer().getCurrentPage() == review && review.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		try {
			if (ImportCommitter.commit(store, review.plans()).command() == null) {
				MessageDialog.openInformation(getShell(), messages.wizard_title, messages.commit_nothing);
			}
			return true;
		} catch (ImportCommitException e) {
			MessageDialog.openError(getShell(), messages.commit_failedTitle, e.getMessage());
			return false;
		}
	}
}
