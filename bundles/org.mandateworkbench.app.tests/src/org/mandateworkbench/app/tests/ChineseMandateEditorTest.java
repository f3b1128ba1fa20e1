package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotTree;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.mandate.MandateEditorIds;

/** The mandate editor in Chinese: opened from the navigator, its pages titled and captured in Chinese. */
@ExtendWith(ScreenshotOnFailureExtension.class)
class ChineseMandateEditorTest {

	private static final String MANDATES = "\u4efb\u52a1\u6388\u6743"; //$NON-NLS-1$
	private static final String MANDATE_LABEL = "\u5c31\u4e13\u5bb6\u4f1a\u8bae\u8bae\u9898\u5411\u5404\u56fd\u6536\u96c6\u4fe1\u606f\u5e76\u63d0\u51fa\u62a5\u544a"; //$NON-NLS-1$

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
	void showsEveryPageInChinese() {
		RobotTree tree = robot.treeWithId(WidgetIds.NAVIGATOR_TREE);
		tree.expandNode(MANDATES);
		tree.item(MANDATES, MANDATE_LABEL).doubleClick();
		robot.waitUntil(Condition.of("the mandate editor to open", () -> robot.syncExec("find the editor", //$NON-NLS-1$ //$NON-NLS-2$
				() -> workbench.window().getContext().get(EModelService.class)
						.findElements(workbench.window(), MandateEditorIds.PART_DESCRIPTOR, MPart.class).size() == 1)));
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
}
