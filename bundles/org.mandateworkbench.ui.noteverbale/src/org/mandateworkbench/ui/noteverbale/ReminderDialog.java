package org.mandateworkbench.ui.noteverbale;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.mandateworkbench.report.document.DocxRenderer;
import org.mandateworkbench.report.document.ReportDocument;
import org.mandateworkbench.ui.WidgetIds;

/** Shows a drafted reminder as text and saves it as a DOCX file on request. */
final class ReminderDialog extends Dialog {

	private static final int SAVE_ID = IDialogConstants.CLIENT_ID + 1;

	private final ReportDocument draft;
	private final String fileName;
	private final NoteVerbaleMessages messages;

	ReminderDialog(Shell parent, ReportDocument draft, String fileName, NoteVerbaleMessages messages) {
		super(parent);
		this.draft = draft;
		this.fileName = fileName;
		this.messages = messages;
		setShellStyle(getShellStyle() | SWT.RESIZE);
		// open() returns at once: the workbench keeps its own event loop while the draft is shown
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(messages.noteverbale_reminderTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setData(WidgetIds.KEY, NoteVerbaleWidgetIds.REMINDER_TEXT);
		text.setText(DraftPlainText.of(draft));
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 420).applyTo(text);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button save = createButton(parent, SAVE_ID, messages.noteverbale_saveDocx, false);
		save.setData(WidgetIds.KEY, NoteVerbaleWidgetIds.SAVE_DOCX);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == SAVE_ID) {
			save();
		} else {
			close();
		}
	}

	private void save() {
		FileDialog chooser = new FileDialog(getShell(), SWT.SAVE);
		chooser.setFilterExtensions(new String[] { "*.docx" }); //$NON-NLS-1$
		chooser.setFileName(fileName);
		chooser.setOverwrite(true);
		String chosen = chooser.open();
		if (chosen == null) {
			return;
		}
		Path target = Path.of(chosen);
		try {
			writeAtomically(target);
			MessageDialog.openInformation(getShell(), messages.noteverbale_reminderTitle,
					NLS.bind(messages.noteverbale_saved, target));
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getShell(), messages.noteverbale_reminderTitle,
					NLS.bind(messages.noteverbale_saveFailed, target, String.valueOf(e.getMessage())));
		}
	}

	/** Writes beside the target first, so a failed save never leaves half a file under its name. */
	private void writeAtomically(Path target) throws IOException {
		Path directory = target.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(directory, ".reminder-", ".docx.part"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				new DocxRenderer().write(draft, out);
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
