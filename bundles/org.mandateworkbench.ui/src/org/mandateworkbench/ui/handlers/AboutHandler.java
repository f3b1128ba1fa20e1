package org.mandateworkbench.ui.handlers;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.mandateworkbench.ui.Messages;

/** Shows the product name and version. */
public final class AboutHandler {

	@Execute
	public void execute(Shell shell, @Translation Messages messages) {
		String version = Platform.getBundle("org.mandateworkbench.ui").getVersion().toString(); //$NON-NLS-1$
		MessageDialog.openInformation(shell, messages.about_title, NLS.bind(messages.about_text, version));
	}
}
