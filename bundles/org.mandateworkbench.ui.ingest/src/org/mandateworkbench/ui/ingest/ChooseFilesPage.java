package org.mandateworkbench.ui.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mandateworkbench.ingest.merge.ImportTarget;
import org.mandateworkbench.ingest.merge.MeetingKeys;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.store.ModelStore;

/**
 * First page: where the documents go (a meeting of the workspace, or as each file says) and the files
 * to import, typed or browsed (.txt, .docx, .pdf).
 */
final class ChooseFilesPage extends WizardPage {

	private final Messages messages;
	private final List<Path> files = new ArrayList<>();
	/** The meetings of the combo after its first item, "as each file says". */
	private final List<Meeting> meetings;
	private final Meeting preset;
	private org.eclipse.swt.widgets.List list;
	private Text path;
	private Combo meeting;

	/** @param preset the meeting the combo starts with, or null for "as each file says" */
	ChooseFilesPage(Messages messages, ModelStore store, Meeting preset) {
		super("choose"); //$NON-NLS-1$
		this.messages = messages;
		this.meetings = MeetingKeys.meetings(store.root());
		this.preset = preset;
		setTitle(messages.choose_title);
		setDescription(messages.choose_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(page);
		new Label(page, SWT.NONE).setText(messages.choose_meeting);
		meeting = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		meeting.setData(ImportWidgetIds.KEY, ImportWidgetIds.MEETING);
		meeting.add(messages.choose_asTheFileSays);
		meetings.forEach(m -> meeting.add(MeetingKeys.describe(m)));
		meeting.select(preset == null ? 0 : meetings.indexOf(preset) + 1);
		meeting.setVisibleItemCount(Math.min(20, meetings.size() + 1));
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(meeting);
		new Label(page, SWT.NONE).setText(messages.choose_path);
		path = new Text(page, SWT.BORDER | SWT.SINGLE);
		path.setData(ImportWidgetIds.KEY, ImportWidgetIds.PATH);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(path);
		Button add = new Button(page, SWT.PUSH);
		add.setText(messages.choose_add);
		add.setData(ImportWidgetIds.KEY, ImportWidgetIds.ADD);
		add.addListener(SWT.Selection, e -> {
			add(path.getText().strip());
			path.setText(""); //$NON-NLS-1$
		});
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(messages.choose_browse);
		browse.addListener(SWT.Selection, e -> browse());
		list = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		list.setData(ImportWidgetIds.KEY, ImportWidgetIds.FILES);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(500, 200).applyTo(list);
		Button remove = new Button(page, SWT.PUSH);
		remove.setText(messages.choose_remove);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
		remove.addListener(SWT.Selection, e -> {
			int[] selected = list.getSelectionIndices();
			for (int i = selected.length - 1; i >= 0; i--) {
				files.remove(selected[i]);
				list.remove(selected[i]);
			}
			setPageComplete(!files.isEmpty());
		});
		setControl(page);
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setFilterExtensions(new String[] { "*.txt;*.docx;*.pdf", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		if (dialog.open() != null) {
			for (String name : dialog.getFileNames()) {
				add(Path.of(dialog.getFilterPath(), name).toString());
			}
		}
	}

	/** Adds a file the user named, or says why it cannot be imported. */
	private void add(String name) {
		if (name.isEmpty()) {
			return;
		}
		Path file = Path.of(name).toAbsolutePath().normalize();
		if (!Files.isRegularFile(file)) {
			setErrorMessage(messages.choose_notFound.replace("{0}", file.toString())); //$NON-NLS-1$
			return;
		}
		if (!ImportAnalysisJob.supported(file)) {
			setErrorMessage(messages.choose_unsupported.replace("{0}", file.toString())); //$NON-NLS-1$
			return;
		}
		setErrorMessage(null);
		if (!files.contains(file)) {
			files.add(file);
			list.add(file.toString());
		}
		setPageComplete(true);
	}

	/** Where the documents go: the meeting chosen in the combo, or as each file says. */
	ImportTarget target() {
		int index = meeting.getSelectionIndex();
		return index <= 0 ? ImportTarget.asTheFileSays() : ImportTarget.meeting(meetings.get(index - 1));
	}

	/** The chosen files, in the order they were added. */
	List<Path> files() {
		return List.copyOf(files);
	}
}
