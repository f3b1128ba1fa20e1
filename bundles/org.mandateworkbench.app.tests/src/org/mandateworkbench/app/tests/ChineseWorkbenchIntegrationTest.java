package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.Roles;

/** Starts the product with the Chinese UI chosen in the preference, as File > Language leaves it. */
@ExtendWith(ScreenshotOnFailureExtension.class)
class ChineseWorkbenchIntegrationTest {

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
	void windowTitleMenusAndRolesAreChinese() {
		String title = robot.syncExec("read the window title", () -> workbench.window().getLocalizedLabel()); //$NON-NLS-1$
		assertTrue(title.startsWith("任务授权工作台"), title); //$NON-NLS-1$
		robot.menu("文件"); //$NON-NLS-1$
		robot.menu("帮助"); //$NON-NLS-1$
		assertEquals(3, robot.menu("角色").menuItems().size()); //$NON-NLS-1$
		robot.ctabItem("导航器"); //$NON-NLS-1$
		robot.ctabItem("预览"); //$NON-NLS-1$
		robot.captureScreenshot("workbench-zh-secretariat"); //$NON-NLS-1$
	}

	@Test
	void switchesToTheBureauLayoutByItsChineseName() {
		robot.toolItem("主席团").click(); //$NON-NLS-1$
		workbench.waitForRole(Roles.BUREAU);
		assertTrue(robot.toolItem("主席团").isSelected()); //$NON-NLS-1$
		robot.captureScreenshot("workbench-zh-bureau"); //$NON-NLS-1$
		robot.toolItem("秘书处").click(); //$NON-NLS-1$
	}
}
