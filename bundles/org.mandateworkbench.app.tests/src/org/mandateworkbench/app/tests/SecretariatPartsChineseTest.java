package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swtchart.Chart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.dashboard.DashboardWidgetIds;
import org.mandateworkbench.ui.noteverbale.NoteVerbaleWidgetIds;

/** The note-verbale view and the dashboard with the UI in Chinese: labels are Chinese, screenshots taken. */
@ExtendWith(ScreenshotOnFailureExtension.class)
class SecretariatPartsChineseTest {

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
	void bothPartsSpeakChinese() {
		robot.ctabItem("\u666e\u901a\u7167\u4f1a").activate(); // 普通照会 //$NON-NLS-1$
		assertEquals("\u65e5\u671f", robot.tableWithId(NoteVerbaleWidgetIds.NOTES).columnNames().get(0)); // 日期 //$NON-NLS-1$
		SecretariatPartsTest.showNoteOfNineFebruaryAsOfFifteenMarch(robot);
		// 截至2018-03-15收到13份答复
		robot.waitUntil(Condition.of("the Chinese summary", () -> robot.labelWithId(NoteVerbaleWidgetIds.SUMMARY) //$NON-NLS-1$
				.getText().startsWith("\u622a\u81f32018-03-15\u6536\u523013\u4efd\u7b54\u590d"))); //$NON-NLS-1$
		robot.captureScreenshot("noteverbale-zh"); //$NON-NLS-1$

		robot.ctabItem("\u4eea\u8868\u677f").activate(); // 仪表板 //$NON-NLS-1$
		robot.buttonWithId(DashboardWidgetIds.TODAY).click();
		String caption = robot.labelWithId(DashboardWidgetIds.STATUS_CAPTION).getText();
		assertTrue(caption.startsWith("\u5168\u90e8\u6388\u6743"), caption); // 全部授权 //$NON-NLS-1$
		Chart status = (Chart) robot.widgetWithId(DashboardWidgetIds.STATUS_CHART).widget();
		// the edit bundle's status names, as the navigator and the mandate editor show them: 待办 … 已终止
		assertEquals("\u5f85\u529e", robot.syncExec("read the first bar's label", //$NON-NLS-1$ //$NON-NLS-2$
				() -> status.getAxisSet().getXAxis(0).getCategorySeries()[0]));
		assertEquals("\u5df2\u7ec8\u6b62", robot.syncExec("read the last bar's label", //$NON-NLS-1$ //$NON-NLS-2$
				() -> status.getAxisSet().getXAxis(0).getCategorySeries()[MandateStatus.DISCONTINUED.ordinal()]));
		SecretariatPartsTest.assertChartsReadable(robot);
		robot.captureScreenshot("dashboard-zh"); //$NON-NLS-1$

		SecretariatPartsTest.setDashboardDate(robot, LocalDate.of(2018, 3, 15));
		SecretariatPartsTest.assertChartsReadable(robot);
		robot.captureScreenshot("dashboard-zh-2018-03-15"); //$NON-NLS-1$
		SecretariatPartsTest.scrollTo(robot, DashboardWidgetIds.REGION_CHART);
		robot.captureScreenshot("dashboard-zh-2018-03-15-regions"); //$NON-NLS-1$
		SecretariatPartsTest.scrollTo(robot, DashboardWidgetIds.NEGLECTED_LIST);
		robot.captureScreenshot("dashboard-zh-2018-03-15-lists"); //$NON-NLS-1$
		SecretariatPartsTest.scrollTo(robot, DashboardWidgetIds.STATUS_CHART);
		robot.buttonWithId(DashboardWidgetIds.TODAY).click();
	}

	@Test
	void windowMenuListsThePartsInChinese() {
		// 窗口 > 显示视图: 导航器, 预览, 未落实的建议, 属性, 作业, 搜索, 普通照会, 仪表板
		assertEquals(List.of("\u5bfc\u822a\u5668", "\u9884\u89c8", "\u672a\u843d\u5b9e\u7684\u5efa\u8bae", "\u5c5e\u6027", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"\u4f5c\u4e1a", "\u641c\u7d22", "\u666e\u901a\u7167\u4f1a", "\u4eea\u8868\u677f"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				robot.menu("\u7a97\u53e3").menu("\u663e\u793a\u89c6\u56fe").menuItems()); //$NON-NLS-1$ //$NON-NLS-2$
		robot.menu("\u7a97\u53e3").menu("\u663e\u793a\u89c6\u56fe").menu("\u672a\u843d\u5b9e\u7684\u5efa\u8bae").click(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		robot.waitUntil(Condition.of("the review in the Secretariat layout", //$NON-NLS-1$
				() -> robot.ctabItem("\u672a\u843d\u5b9e\u7684\u5efa\u8bae").isActive())); //$NON-NLS-1$
		robot.captureScreenshot("window-show-view-zh"); //$NON-NLS-1$
	}
}
