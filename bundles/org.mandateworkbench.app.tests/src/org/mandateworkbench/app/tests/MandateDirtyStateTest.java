package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotShell;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.ui.mandate.MandateEditorIds;

/**
 * Dirty state, save and close with two mandate editors open, in English: an edit marks only its own
 * editor dirty and undo back to the save point clears it; Ctrl+S with the navigator active refuses
 * an invalid change and lists the validator's message in a dialog; closing the dirty invalid editor
 * offers only to discard or cancel, and discarding takes back that mandate's changes alone; quitting
 * with invalid changes can be cancelled; closing a valid dirty editor can save it.
 */
@ExtendWith(ScreenshotOnFailureExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class MandateDirtyStateTest {

	static final String OUT_OF_ORDER = "out of date order"; //$NON-NLS-1$

	private static DirtyStateSteps steps;
	private static Mandate first;
	private static Mandate second;
	private static MPart firstEditor;
	private static MPart secondEditor;

	@BeforeAll
	static void startWorkbench() throws Exception {
		steps = DirtyStateSteps.start("en"); //$NON-NLS-1$
		first = steps.mandate(DirtyStateSteps.MANDATE_ID);
		second = steps.otherMandateWithDatedHistory(first);
		secondEditor = steps.open(second);
		firstEditor = steps.open(first);
	}

	@AfterAll
	static void closeWorkbench() throws Exception {
		steps.close();
	}

	@Test
	@Order(1)
	void anEditMarksOnlyItsOwnEditorDirtyAndUndoClearsIt() {
		assertFalse(steps.read(firstEditor::isDirty));
		assertFalse(steps.read(secondEditor::isDirty));
		steps.changeStatus(firstEditor, "Completed", LocalDate.now().toString()); //$NON-NLS-1$
		steps.robot().waitUntil(Condition.of("the edited editor to be dirty", () -> steps.read(firstEditor::isDirty))); //$NON-NLS-1$
		assertFalse(steps.read(secondEditor::isDirty), "the other mandate's editor stays clean"); //$NON-NLS-1$
		steps.robot().captureScreenshot("dirty-en-one-editor"); //$NON-NLS-1$

		steps.robot().menu("Edit").menu("Undo").click(); //$NON-NLS-1$ //$NON-NLS-2$
		steps.robot().waitUntil(Condition.of("undo back to the save point to clear the dirty mark", //$NON-NLS-1$
				() -> !steps.read(firstEditor::isDirty)));
		assertFalse(steps.read(steps.store()::isDirty));
		assertFalse(steps.read(secondEditor::isDirty));

		steps.robot().menu("Edit").menu("Redo").click(); //$NON-NLS-1$ //$NON-NLS-2$
		steps.robot().waitUntil(Condition.of("redo to mark it again", () -> steps.read(firstEditor::isDirty))); //$NON-NLS-1$
		steps.robot().menu("File").menu("Save").click(); //$NON-NLS-1$ //$NON-NLS-2$
		steps.robot().waitUntil(Condition.of("the save to clear it", () -> !steps.read(firstEditor::isDirty))); //$NON-NLS-1$
		assertFalse(steps.read(steps.store()::isDirty));
		assertEquals(MandateStatus.COMPLETED, steps.read(first::getStatus));
	}

	@Test
	@Order(2)
	void ctrlSWithTheNavigatorActiveRefusesAnInvalidChangeAndShowsWhy() {
		int journalled = steps.read(() -> steps.store().journal().entries().size());
		steps.changeStatus(firstEditor, "Discontinued", "2010-01-01"); //$NON-NLS-1$ //$NON-NLS-2$
		steps.robot().waitUntil(Condition.of("the editor's validation message", //$NON-NLS-1$
				() -> steps.editorMessage().contains(OUT_OF_ORDER)));
		assertFalse(steps.read(secondEditor::isDirty));

		steps.pressCtrlSInTheNavigator();
		RobotShell dialog = steps.robot().shell("Not Saved"); //$NON-NLS-1$
		String text = steps.texts(dialog);
		assertTrue(text.contains(OUT_OF_ORDER), text);
		assertTrue(text.contains(DirtyStateSteps.MANDATE_ID), "names the mandate: " + text); //$NON-NLS-1$
		assertFalse(text.contains("Exception"), "no stack trace: " + text); //$NON-NLS-1$ //$NON-NLS-2$
		steps.robot().captureScreenshot("dirty-en-save-refused"); //$NON-NLS-1$
		dialog.button("OK").click(); //$NON-NLS-1$
		steps.robot().waitUntil(Condition.of("the dialog to close", () -> !dialog.isOpen())); //$NON-NLS-1$

		assertTrue(steps.read(steps.store()::isDirty), "nothing was saved"); //$NON-NLS-1$
		assertTrue(steps.read(firstEditor::isDirty));
		assertEquals(journalled, steps.read(() -> steps.store().journal().entries().size()), "no save journalled"); //$NON-NLS-1$
	}

	@Test
	@Order(3)
	void closingTheDirtyInvalidEditorOffersDiscardOrCancel() {
		int history = steps.read(() -> first.getStatusChanges().size());
		RobotShell dialog = steps.closeLater(firstEditor, "Unsaved Changes"); //$NON-NLS-1$
		String text = steps.texts(dialog);
		assertTrue(text.contains(OUT_OF_ORDER), text);
		assertEquals(Set.of("Discard Changes", "Cancel"), Set.copyOf(steps.buttons(dialog)), "no way to save invalid data"); //$NON-NLS-1$ //$NON-NLS-2$
		steps.robot().captureScreenshot("dirty-en-close-invalid"); //$NON-NLS-1$
		dialog.button("Cancel").click(); //$NON-NLS-1$
		steps.robot().waitUntil(Condition.of("the dialog to close", () -> !dialog.isOpen())); //$NON-NLS-1$
		assertTrue(steps.isOpen(firstEditor), "cancel keeps the editor open"); //$NON-NLS-1$
		assertTrue(steps.read(firstEditor::isDirty));

		RobotShell again = steps.closeLater(firstEditor, "Unsaved Changes"); //$NON-NLS-1$
		again.button("Discard Changes").click(); //$NON-NLS-1$
		steps.robot().waitUntil(Condition.of("the editor to close", () -> !steps.isOpen(firstEditor))); //$NON-NLS-1$
		assertEquals(MandateStatus.COMPLETED, steps.read(first::getStatus), "the saved status is back"); //$NON-NLS-1$
		assertEquals(history - 1, steps.read(() -> first.getStatusChanges().size()), "the invalid change is gone"); //$NON-NLS-1$
		assertFalse(steps.read(steps.store()::isDirty));
		assertTrue(steps.isOpen(secondEditor));
		assertFalse(steps.read(secondEditor::isDirty));
	}

	@Test
	@Order(4)
	void quittingWithInvalidChangesCanBeCancelled() {
		steps.activate(secondEditor);
		steps.changeStatus(secondEditor, "Discontinued", "2010-01-01"); //$NON-NLS-1$ //$NON-NLS-2$
		steps.robot().waitUntil(Condition.of("the invalid change", () -> steps.editorMessage().contains(OUT_OF_ORDER))); //$NON-NLS-1$
		MenuItem quit = (MenuItem) steps.robot().menu("File").menu("Quit").widget(); //$NON-NLS-1$ //$NON-NLS-2$
		RobotShell dialog = steps.selectLater(quit, "Unsaved Changes"); //$NON-NLS-1$
		String text = steps.texts(dialog);
		assertTrue(text.contains(OUT_OF_ORDER), text);
		assertEquals(Set.of("Quit Without Saving", "Cancel"), Set.copyOf(steps.buttons(dialog))); //$NON-NLS-1$ //$NON-NLS-2$
		steps.robot().captureScreenshot("dirty-en-quit-invalid"); //$NON-NLS-1$
		dialog.button("Cancel").click(); //$NON-NLS-1$
		steps.robot().waitUntil(Condition.of("the dialog to close", () -> !dialog.isOpen())); //$NON-NLS-1$
		assertTrue(steps.isOpen(secondEditor), "the workbench is still running"); //$NON-NLS-1$
		assertTrue(steps.read(secondEditor::isDirty));
		steps.robot().menu("Edit").menu("Undo").click(); //$NON-NLS-1$ //$NON-NLS-2$
		steps.robot().waitUntil(Condition.of("undo to clean it", () -> !steps.read(secondEditor::isDirty))); //$NON-NLS-1$
	}

	@Test
	@Order(5)
	void closingAValidDirtyEditorCanSaveIt() {
		int journalled = steps.read(() -> steps.store().journal().entries().size());
		steps.changeStatus(secondEditor, "Completed", LocalDate.now().toString()); //$NON-NLS-1$
		steps.robot().waitUntil(Condition.of("the editor to be dirty", () -> steps.read(secondEditor::isDirty))); //$NON-NLS-1$
		RobotShell dialog = steps.closeLater(secondEditor, "Unsaved Changes"); //$NON-NLS-1$
		assertEquals(Set.of("Save", "Discard Changes", "Cancel"), Set.copyOf(steps.buttons(dialog))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		steps.robot().captureScreenshot("dirty-en-close-valid"); //$NON-NLS-1$
		dialog.button("Save").click(); //$NON-NLS-1$
		steps.robot().waitUntil(Condition.of("the editor to close", () -> !steps.isOpen(secondEditor))); //$NON-NLS-1$
		assertFalse(steps.read(steps.store()::isDirty), "saved"); //$NON-NLS-1$
		assertEquals(journalled + 1, steps.read(() -> steps.store().journal().entries().size()));
		assertEquals(MandateStatus.COMPLETED, steps.read(second::getStatus));
	}
}
