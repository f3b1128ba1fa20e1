package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotNatTable;
import org.mandateworkbench.testsupport.robot.RobotShell;
import org.mandateworkbench.testsupport.robot.RobotTable;
import org.mandateworkbench.testsupport.robot.RobotTree;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.Roles;
import org.mandateworkbench.ui.WidgetIds;

/**
 * Starts the product with the Chinese UI chosen in the preference, as File > Language leaves it, and
 * captures the main parts in Chinese.
 */
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

	@Test
	void navigatorPropertiesAndJobsShowChinese() throws Exception {
		robot.toolItem("秘书处").click(); //$NON-NLS-1$
		workbench.waitForRole(Roles.SECRETARIAT);
		robot.ctabItem("属性"); //$NON-NLS-1$
		robot.ctabItem("作业"); //$NON-NLS-1$
		RobotTree tree = robot.treeWithId(WidgetIds.NAVIGATOR_TREE);
		String first = tree.expandNode("任务授权").items().get(0); //$NON-NLS-1$
		tree.select("任务授权", first); //$NON-NLS-1$
		RobotTable properties = robot.tableWithId(WidgetIds.PROPERTIES_TABLE);
		robot.waitUntil(Condition.of("the mandate's properties in Chinese", //$NON-NLS-1$
				() -> properties.indexOf("截止日期", 0) >= 0)); //$NON-NLS-1$
		assertEquals(List.of("属性", "值"), properties.columnNames()); //$NON-NLS-1$ //$NON-NLS-2$
		String status = properties.cell(properties.indexOf("状态", 0), 1); //$NON-NLS-1$
		assertTrue(!status.isEmpty() && !status.matches("[A-Za-z ]+"), () -> "status in Chinese: " + status); //$NON-NLS-1$ //$NON-NLS-2$
		robot.ctabItem("预览").activate(); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the preview's status in Chinese", //$NON-NLS-1$
				() -> robot.labelWithId(WidgetIds.PREVIEW_FACTS).getText().contains("状态: " + status))); //$NON-NLS-1$
		CountingJob job = new CountingJob("计数作业").start(); //$NON-NLS-1$
		try {
			robot.buttonWithId(WidgetIds.JOBS_CANCEL_PREFIX + job.getName());
			assertEquals("取消", robot.buttonWithId(WidgetIds.JOBS_CANCEL_PREFIX + job.getName()).getText()); //$NON-NLS-1$
			robot.captureScreenshot("parts-zh-secretariat"); //$NON-NLS-1$
		} finally {
			job.cancel();
			job.join(30_000, null);
		}
		robot.comboWithId(WidgetIds.NAVIGATOR_VIEW).select("按状态列出任务授权"); //$NON-NLS-1$
		robot.waitUntil(Condition.of("status groups", () -> !tree.items().contains("任务授权"))); //$NON-NLS-1$ //$NON-NLS-2$
		robot.captureScreenshot("navigator-zh-by-status"); //$NON-NLS-1$
		robot.comboWithId(WidgetIds.NAVIGATOR_VIEW).select(0);
	}

	@Test
	void reviewGroupsAndLabelsInChinese() {
		robot.toolItem("主席团").click(); //$NON-NLS-1$
		workbench.waitForRole(Roles.BUREAU);
		RobotNatTable table = robot.natTableWithId(WidgetIds.REVIEW_TABLE);
		assertEquals("会议", table.cellText(0, 2)); //$NON-NLS-1$
		robot.comboWithId(WidgetIds.REVIEW_GROUP_BY).select("状态"); //$NON-NLS-1$
		robot.waitUntil(Condition.of("a group header first", () -> table.cellText(2, 1).matches(".+（\\d+）"))); //$NON-NLS-1$ //$NON-NLS-2$
		robot.syncExec("paint the table", () -> { //$NON-NLS-1$
			table.widget().redraw();
			table.widget().update();
		});
		robot.captureScreenshot("review-zh-grouped"); //$NON-NLS-1$
		robot.comboWithId(WidgetIds.REVIEW_GROUP_BY).select(0);
		robot.toolItem("秘书处").click(); //$NON-NLS-1$
	}

	@Test
	void preferencesDialogIsChinese() {
		MenuItem item = robot.menu("文件").menu("首选项…").widget(); //$NON-NLS-1$ //$NON-NLS-2$
		robot.display().asyncExec(() -> item.notifyListeners(SWT.Selection, new Event()));
		RobotShell dialog = robot.shell("首选项"); //$NON-NLS-1$
		try {
			assertEquals("中文", dialog.find().comboWithId(WidgetIds.PREFERENCES_LANGUAGE).getText()); //$NON-NLS-1$
			dialog.captureScreenshot("preferences-zh"); //$NON-NLS-1$
		} finally {
			dialog.close();
		}
	}
}
