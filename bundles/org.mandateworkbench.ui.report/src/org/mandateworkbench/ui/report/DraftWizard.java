package org.mandateworkbench.ui.report;

import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.Wizard;
import org.mandateworkbench.model.MandateWorkspace;

/**
 * Drafts one kind of report from the open workspace. Finish saves the file in a Job and closes the
 * wizard when it is written; Cancel also stops a running job.
 */
public final class DraftWizard extends Wizard {

	private final DraftPage page;

	/** A wizard for the kind of draft, reading the workspace's model. */
	public DraftWizard(DraftKind kind, MandateWorkspace workspace, Messages messages) {
		page = new DraftPage(kind, workspace, messages);
		setWindowTitle(kind.title(messages));
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		// The dialog stays open while the job writes; it closes itself once the file is saved.
		page.startSave(() -> {
			if (getContainer() instanceof Window window) {
				window.close();
			}
		});
		return false;
	}

	@Override
	public boolean performCancel() {
		page.stop();
		return true;
	}
}
