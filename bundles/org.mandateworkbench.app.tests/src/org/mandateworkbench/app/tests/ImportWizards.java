package org.mandateworkbench.app.tests;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.testsupport.robot.RobotShell;

/** Opens the import wizard the way File > Import Documents does. */
final class ImportWizards {

	private static final String COMMAND = "org.mandateworkbench.ui.ingest.command.import"; //$NON-NLS-1$

	private ImportWizards() {
	}

	/**
	 * Runs the import command without waiting for it (the wizard is modal and would block the robot),
	 * then waits for the wizard's shell.
	 *
	 * @param title the wizard's title in the workbench language
	 */
	static RobotShell open(RunningWorkbench workbench, String title) {
		IEclipseContext context = workbench.window().getContext();
		workbench.robot().display().asyncExec(() -> context.get(EHandlerService.class)
				.executeHandler(context.get(ECommandService.class).createCommand(COMMAND, null)));
		return workbench.robot().shell(title);
	}

	/**
	 * The shown text of a JFace dialog button (JFace marks each with its id, e.g.
	 * {@code IDialogConstants.NEXT_ID}), as the robot matches it, in any language.
	 */
	static String dialogButton(RobotShell wizard, int id) {
		String text = wizard.robot().syncExec("read the dialog button " + id, () -> { //$NON-NLS-1$
			List<Control> controls = new ArrayList<>(List.of(((Shell) wizard.widget()).getChildren()));
			for (int i = 0; i < controls.size(); i++) {
				Control control = controls.get(i);
				if (control instanceof Button button && Integer.valueOf(id).equals(button.getData())) {
					return button.getText();
				}
				if (control instanceof Composite composite) {
					controls.addAll(List.of(composite.getChildren()));
				}
			}
			throw new IllegalStateException("no dialog button " + id); //$NON-NLS-1$
		});
		return text.replaceFirst("\\(&\\p{Alnum}\\)$", "").replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
