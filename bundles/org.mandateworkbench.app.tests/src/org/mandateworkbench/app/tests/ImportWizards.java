package org.mandateworkbench.app.tests;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
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
}
