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
import org.mandateworkbench.ingest.merge.ProposalMatcher;
import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.store.ModelStore;

/**
 * Imports documents into the open workspace: choose files; the analysis runs as a job with progress
 * and cancel; review and edit what it proposes; Finish commits the accepted changes as one undoable
 * command (save with File > Save as any edit).
 */
final class ImportWizard extends Wizard implements IPageChangingListener {

	private final ModelStore store;
	private final Messages messages;
	private ChooseFilesPage choose;
	private ReviewPage review;

	ImportWizard(ModelStore store, Messages messages) {
		this.store = store;
		this.messages = messages;
		setWindowTitle(messages.wizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		choose = new ChooseFilesPage(messages);
		review = new ReviewPage(messages, store);
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
		ProposalMatcher matcher = new ProposalMatcher(store.root(), StateCatalog.standard());
		List<ImportPlan> plans = new ArrayList<>();
		for (ImportAnalysisJob.Analyzed analyzed : job[0].analyzed()) {
			plans.add(matcher.match(analyzed.proposal(), analyzed.text()));
		}
		review.show(plans, job[0].problems());
		return true;
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
