package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotShell;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.ui.mandate.internal.MandateValidation;
import org.mandateworkbench.ui.navigator.ModelLabels;

/**
 * The refused save and the close of an invalid editor in Chinese: the dialogs speak Chinese and
 * show the validator's message as the editor's message line does.
 */
@ExtendWith(ScreenshotOnFailureExtension.class)
class ChineseMandateDirtyStateTest {

	private static final String NOT_SAVED = "\u672a\u4fdd\u5b58"; //$NON-NLS-1$
	private static final String UNSAVED_CHANGES = "\u672a\u4fdd\u5b58\u7684\u66f4\u6539"; //$NON-NLS-1$
	private static final String DISCARD = "\u653e\u5f03\u66f4\u6539"; //$NON-NLS-1$
	private static final String CANCEL = "\u53d6\u6d88"; //$NON-NLS-1$

	private static DirtyStateSteps steps;

	@BeforeAll
	static void startWorkbench() throws Exception {
		steps = DirtyStateSteps.start("zh"); //$NON-NLS-1$
	}

	@AfterAll
	static void closeWorkbench() throws Exception {
		steps.close();
	}

	@Test
	void anInvalidChangeIsRefusedAndDiscardedInChinese() {
		Mandate mandate = steps.mandate(DirtyStateSteps.MANDATE_ID);
		MPart editor = steps.open(mandate);
		steps.changeStatus(editor, ModelLabels.status(MandateStatus.DISCONTINUED), "2010-01-01"); //$NON-NLS-1$
		String finding = steps.read(() -> MandateValidation.findings(mandate).getFirst().message());
		steps.robot().waitUntil(Condition.of("the editor's validation message", //$NON-NLS-1$
				() -> steps.editorMessage().contains(finding)));

		steps.pressCtrlSInTheNavigator();
		RobotShell refused = steps.robot().shell(NOT_SAVED);
		String text = steps.texts(refused);
		assertTrue(text.contains(finding), "the editor's message: " + text); //$NON-NLS-1$
		assertTrue(text.contains("\u7f16\u8f91 > \u64a4\u9500"), text); //$NON-NLS-1$
		steps.robot().captureScreenshot("dirty-zh-save-refused"); //$NON-NLS-1$
		refused.close();
		steps.robot().waitUntil(Condition.of("the dialog to close", () -> !refused.isOpen())); //$NON-NLS-1$
		assertTrue(steps.read(steps.store()::isDirty), "nothing was saved"); //$NON-NLS-1$

		RobotShell close = steps.closeLater(editor, UNSAVED_CHANGES);
		assertTrue(steps.texts(close).contains(finding));
		assertEquals(Set.of(DISCARD, CANCEL), Set.copyOf(steps.buttons(close)));
		steps.robot().captureScreenshot("dirty-zh-close-invalid"); //$NON-NLS-1$
		close.button(DISCARD).click();
		steps.robot().waitUntil(Condition.of("the editor to close", () -> !steps.isOpen(editor))); //$NON-NLS-1$
		assertFalse(steps.read(steps.store()::isDirty), "the invalid change is discarded"); //$NON-NLS-1$
	}
}
