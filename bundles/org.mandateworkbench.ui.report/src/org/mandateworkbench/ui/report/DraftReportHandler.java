package org.mandateworkbench.ui.report;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.store.ModelStore;

import jakarta.inject.Named;

/** Opens the report wizard for the kind of draft named by the command's parameter. */
public final class DraftReportHandler {

	/** The id of the command parameter naming the kind: progress-note, note-verbale, reminder or stats. */
	public static final String KIND_PARAMETER_ID = "org.mandateworkbench.ui.report.commandparameter.kind"; //$NON-NLS-1$

	@CanExecute
	public boolean canExecute(@Optional ModelStore model, @Optional @Named(KIND_PARAMETER_ID) String kind) {
		return model != null && kind != null && DraftKind.of(kind).isPresent();
	}

	@Execute
	public void execute(ModelStore model, @Named(KIND_PARAMETER_ID) String kind, Shell shell,
			@Translation Messages messages) {
		DraftKind draft = DraftKind.of(kind).orElseThrow();
		WizardDialog dialog = new WizardDialog(shell, new DraftWizard(draft, model.root(), messages));
		dialog.setPageSize(new Point(860, 640));
		dialog.open();
	}
}
