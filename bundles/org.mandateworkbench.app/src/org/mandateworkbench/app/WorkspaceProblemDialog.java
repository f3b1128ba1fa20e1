package org.mandateworkbench.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;

/** Tells the user, before any window exists, why the workspace could not be opened. */
final class WorkspaceProblemDialog {

	private WorkspaceProblemDialog() {
	}

	static void show(Path folder, Exception problem) {
		String message = problem.getMessage() != null ? problem.getMessage() : folder.toString();
		String title = ResourceBundle.getBundle("OSGi-INF.l10n.bundle", Locale.getDefault(), //$NON-NLS-1$
				WorkspaceProblemDialog.class.getClassLoader()).getString("lifecycle.workspaceProblem.title"); //$NON-NLS-1$
		System.err.println(title + ": " + message); //$NON-NLS-1$
		Shell shell = new Shell(Display.getDefault());
		try {
			MessageBox box = new MessageBox(shell, SWT.ICON_ERROR | SWT.OK);
			box.setText(title);
			box.setMessage(message);
			box.open();
		} finally {
			shell.dispose();
		}
	}
}
