package org.mandateworkbench.app.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.Widget;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotShell;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.mandate.MandateEditorIds;

/**
 * What the dirty-state tests do in the running workbench: open mandate editors, change a status,
 * press Ctrl+S in the navigator, and close an editor or choose a menu item whose dialog is modal
 * (started without waiting, then driven from the test thread).
 */
final class DirtyStateSteps implements AutoCloseable {

	/** The demo mandate the tests edit first. */
	static final String MANDATE_ID = "mandate-cosp-7-1-information-exchange"; //$NON-NLS-1$

	private static final String NAVIGATOR_PART = "org.mandateworkbench.ui.part.navigator"; //$NON-NLS-1$

	private final RunningWorkbench workbench;
	private final SwtRobot robot;
	private final ModelStore store;

	private DirtyStateSteps(RunningWorkbench workbench) {
		this.workbench = workbench;
		this.robot = workbench.robot();
		this.store = robot.syncExec("find the model store", () -> workbench.window().getContext().get(ModelStore.class)); //$NON-NLS-1$
	}

	static DirtyStateSteps start(String language) throws Exception {
		return new DirtyStateSteps(RunningWorkbench.startInLanguage(language));
	}

	SwtRobot robot() {
		return robot;
	}

	ModelStore store() {
		return store;
	}

	<T> T read(Callable<T> value) {
		return robot.syncExec("read the workbench", value); //$NON-NLS-1$
	}

	Mandate mandate(String id) {
		return read(() -> store.root().getMandates().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow());
	}

	/** Another mandate whose history has a change after 2010, so that a change dated 2010 is out of order. */
	Mandate otherMandateWithDatedHistory(Mandate other) {
		LocalDate early = LocalDate.of(2010, 1, 1);
		return read(() -> store.root().getMandates().stream().filter(m -> m != other)
				.filter(m -> m.getStatusChanges().stream().anyMatch(c -> c.getDate() != null && c.getDate().isAfter(early)))
				.findFirst().orElseThrow());
	}

	/** Opens the mandate's editor as any part does, by an open request, and waits until it is shown. */
	MPart open(Mandate mandate) {
		robot.syncExec("request the editor", () -> workbench.window().getContext().get(IEventBroker.class) //$NON-NLS-1$
				.send(OpenRequest.TOPIC, OpenRequest.of(mandate)));
		robot.waitUntil(Condition.of("the editor of " + mandate.getId(), () -> editorOf(mandate) != null)); //$NON-NLS-1$
		return editorOf(mandate);
	}

	private MPart editorOf(Mandate mandate) {
		return read(() -> workbench.window().getContext().get(EModelService.class)
				.findElements(workbench.window(), MandateEditorIds.PART_DESCRIPTOR, MPart.class).stream()
				.filter(p -> p.getWidget() != null
						&& mandate.getId().equals(p.getPersistedState().get(MandateEditorIds.MANDATE_ID)))
				.findFirst().orElse(null));
	}

	boolean isOpen(MPart part) {
		return read(() -> part.getWidget() != null);
	}

	void activate(MPart part) {
		robot.syncExec("activate a part", () -> partService().activate(part)); //$NON-NLS-1$
	}

	/** Sets the status and its date on the editor's overview and applies them: one command. */
	void changeStatus(MPart editor, String status, String date) {
		activate(editor);
		robot.ctabItemWithId(MandateEditorIds.PAGE_OVERVIEW).activate();
		robot.comboWithId(MandateEditorIds.STATUS).select(status);
		robot.textWithId(MandateEditorIds.STATUS_DATE).setText(date);
		robot.buttonWithId(MandateEditorIds.STATUS_APPLY).click();
	}

	/** The message line of the active editor. */
	String editorMessage() {
		return robot.labelWithId(MandateEditorIds.MESSAGE).getText();
	}

	/** Makes the navigator the active part and sends Ctrl+S to its tree, as the keyboard would. */
	void pressCtrlSInTheNavigator() {
		robot.syncExec("activate the navigator", () -> partService().activate(partService().findPart(NAVIGATOR_PART))); //$NON-NLS-1$
		Tree tree = (Tree) robot.treeWithId(WidgetIds.NAVIGATOR_TREE).setFocus().widget();
		robot.waitUntil(Condition.of("the navigator to be active", //$NON-NLS-1$
				() -> read(() -> NAVIGATOR_PART.equals(partService().getActivePart().getElementId()))));
		// the save dialog is modal: send the key without waiting for it
		robot.display().asyncExec(() -> {
			Event key = new Event();
			key.keyCode = 's';
			key.character = (char) ('s' & 0x1f);
			key.stateMask = SWT.MOD1;
			tree.notifyListeners(SWT.KeyDown, key);
		});
	}

	/** Closes the part as its tab's close button does (save handler first) and returns the dialog it opens. */
	RobotShell closeLater(MPart part, String dialogTitle) {
		robot.display().asyncExec(() -> {
			if (partService().savePart(part, true)) {
				partService().hidePart(part);
			}
		});
		return robot.shell(dialogTitle);
	}

	/** Chooses a menu item without waiting and returns the dialog it opens. */
	RobotShell selectLater(Widget item, String dialogTitle) {
		robot.display().asyncExec(() -> item.notifyListeners(SWT.Selection, new Event()));
		return robot.shell(dialogTitle);
	}

	/** The texts of a dialog's labels, one per line. */
	String texts(RobotShell dialog) {
		return read(() -> {
			List<String> texts = new ArrayList<>();
			collect(dialog.widget(), Label.class, texts);
			return String.join("\n", texts); //$NON-NLS-1$
		});
	}

	/** The labels of a dialog's buttons, without mnemonics; their order depends on the platform. */
	List<String> buttons(RobotShell dialog) {
		return read(() -> {
			List<String> texts = new ArrayList<>();
			collect(dialog.widget(), Button.class, texts);
			return texts.stream().map(t -> t.replace("&", "")).toList(); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	private static void collect(Control control, Class<? extends Control> type, List<String> texts) {
		if (type.isInstance(control)) {
			String text = control instanceof Label label ? label.getText() : ((Button) control).getText();
			if (!text.isEmpty()) {
				texts.add(text);
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, texts);
			}
		}
	}

	private EPartService partService() {
		return workbench.window().getContext().get(EPartService.class);
	}

	@Override
	public void close() throws Exception {
		workbench.close();
	}
}
