package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotTree;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.mandate.MandateEditorIds;

/**
 * The mandate editor in Chinese: opened from the navigator, its pages titled and captured in
 * Chinese; an invalid edit shows the model's validation message in Chinese, naming the field as
 * the property sheet does, and the save is refused.
 */
@ExtendWith(ScreenshotOnFailureExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class ChineseMandateEditorTest {

	private static final String MANDATES = "\u4efb\u52a1\u6388\u6743"; //$NON-NLS-1$
	private static final String MANDATE_LABEL = "\u5c31\u4e13\u5bb6\u4f1a\u8bae\u8bae\u9898\u5411\u5404\u56fd\u6536\u96c6\u4fe1\u606f\u5e76\u63d0\u51fa\u62a5\u544a"; //$NON-NLS-1$

	/** "Status Changes" as the property sheet labels it in Chinese. */
	private static final String STATUS_CHANGES_LABEL = "\u201c\u72b6\u6001\u53d8\u66f4\u201d"; //$NON-NLS-1$
	/** "not in date order" of the model's Chinese message. */
	private static final String OUT_OF_ORDER = "\u672a\u6309\u65e5\u671f\u6392\u5e8f"; //$NON-NLS-1$

	private static RunningWorkbench workbench;
	private static SwtRobot robot;

	@BeforeAll
	static void startWorkbench() throws Exception {
		workbench = RunningWorkbench.startInLanguage("zh"); //$NON-NLS-1$
		robot = workbench.robot();
	}

	@AfterAll
	static void closeWorkbench() throws Exception {
		workbench.close();
	}

	@Test
	@Order(1)
	void showsEveryPageInChinese() {
		openEditor();
		Map<String, String> pages = Map.of(MandateEditorIds.PAGE_OVERVIEW, "\u6982\u89c8", //$NON-NLS-1$
				MandateEditorIds.PAGE_TIMELINE, "\u65f6\u95f4\u7ebf", //$NON-NLS-1$
				MandateEditorIds.PAGE_RESPONSES, "\u7b54\u590d", //$NON-NLS-1$
				MandateEditorIds.PAGE_INDICATORS, "\u6307\u6807", //$NON-NLS-1$
				MandateEditorIds.PAGE_DOCUMENTS, "\u6587\u4ef6"); //$NON-NLS-1$
		for (String page : List.of(MandateEditorIds.PAGE_OVERVIEW, MandateEditorIds.PAGE_TIMELINE, MandateEditorIds.PAGE_RESPONSES,
				MandateEditorIds.PAGE_INDICATORS, MandateEditorIds.PAGE_DOCUMENTS)) {
			robot.ctabItemWithId(page).activate();
			assertEquals(pages.get(page), robot.ctabItemWithId(page).getText());
			robot.captureScreenshot("mandate-zh-" + page.substring(page.lastIndexOf('.') + 1)); //$NON-NLS-1$
		}
		robot.ctabItemWithId(MandateEditorIds.PAGE_OVERVIEW).activate();
		assertTrue(robot.labelWithId(MandateEditorIds.PROGRESS_FIGURES).getText().contains("\u5df2\u5b8c\u6210\u884c\u52a8"), //$NON-NLS-1$
				robot.labelWithId(MandateEditorIds.PROGRESS_FIGURES).getText());
	}

	/** A status change dated before the history's last one: the message is Chinese and names 状态变更 (Status Changes). */
	@Test
	@Order(2)
	void anInvalidEditShowsItsMessageInChineseAndIsNotSaved() {
		openEditor();
		ModelStore store = robot.syncExec("find the model store", () -> workbench.window().getContext().get(ModelStore.class)); //$NON-NLS-1$
		robot.ctabItemWithId(MandateEditorIds.PAGE_OVERVIEW).activate();
		robot.comboWithId(MandateEditorIds.STATUS).select("\u5df2\u7ec8\u6b62"); //$NON-NLS-1$ (Discontinued)
		robot.textWithId(MandateEditorIds.STATUS_DATE).setText("2010-01-01"); //$NON-NLS-1$
		robot.buttonWithId(MandateEditorIds.STATUS_APPLY).click();
		robot.waitUntil(Condition.of("the validation message in Chinese", //$NON-NLS-1$
				() -> robot.labelWithId(MandateEditorIds.MESSAGE).getText().contains(OUT_OF_ORDER)));
		assertTrue(robot.labelWithId(MandateEditorIds.MESSAGE).getText().contains(STATUS_CHANGES_LABEL),
				robot.labelWithId(MandateEditorIds.MESSAGE).getText());
		robot.captureScreenshot("mandate-zh-invalid"); //$NON-NLS-1$

		robot.menu("\u6587\u4ef6").menu("\u4fdd\u5b58").click(); //$NON-NLS-1$ //$NON-NLS-2$ (File > Save)
		robot.waitUntil(Condition.of("the save to be refused", //$NON-NLS-1$
				() -> robot.labelWithId(MandateEditorIds.MESSAGE).getText().startsWith("\u672a\u4fdd\u5b58\uff1a"))); //$NON-NLS-1$
		String refusal = robot.labelWithId(MandateEditorIds.MESSAGE).getText();
		assertTrue(refusal.contains(OUT_OF_ORDER) && refusal.contains(STATUS_CHANGES_LABEL), refusal);
		assertFalse(refusal.contains("statusChanges") || refusal.contains("out of date order"), "no English in: " + refusal); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(robot.syncExec("read the model", store::isDirty), "nothing was saved"); //$NON-NLS-1$

		robot.menu("\u7f16\u8f91").menu("\u64a4\u9500").click(); //$NON-NLS-1$ //$NON-NLS-2$ (Edit > Undo)
		robot.waitUntil(Condition.of("the invalid change to be undone", () -> !robot.syncExec("read the model", store::isDirty))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void openEditor() {
		RobotTree tree = robot.treeWithId(WidgetIds.NAVIGATOR_TREE);
		tree.expandNode(MANDATES);
		tree.item(MANDATES, MANDATE_LABEL).doubleClick();
		robot.waitUntil(Condition.of("the mandate editor to open", () -> robot.syncExec("find the editor", //$NON-NLS-1$ //$NON-NLS-2$
				() -> workbench.window().getContext().get(EModelService.class)
						.findElements(workbench.window(), MandateEditorIds.PART_DESCRIPTOR, MPart.class).size() == 1)));
	}
}
