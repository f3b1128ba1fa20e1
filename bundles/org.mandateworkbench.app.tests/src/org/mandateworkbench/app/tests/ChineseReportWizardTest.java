package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotShell;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.report.ReportWidgetIds;

/** The report wizard in the Chinese workbench: Chinese menu, labels and a Chinese preview. */
@ExtendWith(ScreenshotOnFailureExtension.class)
class ChineseReportWizardTest {

	private static RunningWorkbench workbench;
	private static SwtRobot robot;

	@BeforeAll
	static void startWorkbenchInChinese() throws Exception {
		workbench = RunningWorkbench.startInLanguage("zh"); //$NON-NLS-1$
		robot = workbench.robot();
	}

	@AfterAll
	static void closeWorkbench() throws Exception {
		workbench.close();
	}

	@Test
	void previewsTheChineseProgressNote() {
		List<String> items = robot.menu("报告").menuItems(); //$NON-NLS-1$
		assertEquals(4, items.size(), items.toString());
		RobotShell wizard = ReportWizards.open(robot, "报告", items.get(0), "起草进展说明"); //$NON-NLS-1$ //$NON-NLS-2$
		ReportWizards.selectSeventhExpertMeeting(wizard.find().comboWithId(ReportWidgetIds.MEETING));
		ReportWizards.setDate(robot, wizard, 2018, 3, 15);
		assertEquals("中文", wizard.find().comboWithId(ReportWidgetIds.LANGUAGE).getText(), //$NON-NLS-1$
				"the draft language follows the UI"); //$NON-NLS-1$
		wizard.find().buttonWithId(ReportWidgetIds.PREVIEW_BUTTON).click();
		String replies = "截至 2018 年 3 月 15 日，已有 13 个国家作出答复。"; //$NON-NLS-1$
		robot.waitUntil(Condition.of("the Chinese preview to count the replies", //$NON-NLS-1$
				() -> wizard.find().widgetWithId(ReportWidgetIds.PREVIEW).getText().contains(replies)));
		robot.captureScreenshot("report-wizard-zh-preview"); //$NON-NLS-1$
		// JFace's own buttons stay English without Eclipse's language packs: close the shell, which cancels.
		robot.syncExec("close the wizard", () -> wizard.widget().close()); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the wizard to close", () -> !wizard.isOpen())); //$NON-NLS-1$
		assertTrue(robot.shellTitles().stream().noneMatch(t -> t.startsWith("起草"))); //$NON-NLS-1$
	}
}
