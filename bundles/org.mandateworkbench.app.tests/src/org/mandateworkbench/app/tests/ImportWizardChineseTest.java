package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotShell;
import org.mandateworkbench.testsupport.robot.RobotTable;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.ingest.ImportWidgetIds;

/** The import wizard in Chinese, reviewing a Chinese document; cancelling leaves the workspace alone. */
@ExtendWith(ScreenshotOnFailureExtension.class)
class ImportWizardChineseTest {

	/** A made-up Chinese note in the layout of the Secretariat's notes. */
	private static final String NOTE = """
			CAC/COSP/EG.1/2021/8

			Distr.: General
			3 August 2021
			Chinese
			Original: English

			加强国际合作不限成员名额政府间专家会议
			2021年11月8日至10日，维也纳
			临时议程项目2
			跟踪向各国发出的请求

			跟踪向各国发出的请求

			秘书处的说明

			一、结论和建议

			1. 专家会议不妨建议：
			(a) 秘书处应每年公布答复情况表；
			(b) 鼓励缔约国在三个月内作出答复。
			"""; //$NON-NLS-1$

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
	void reviewsAChineseDocumentInChinese() throws Exception {
		assertTrue(robot.menu("文件").menuItems().stream().anyMatch(item -> item.startsWith("导入文件")), //$NON-NLS-1$ //$NON-NLS-2$
				() -> robot.menu("文件").menuItems().toString()); //$NON-NLS-1$
		Path file = Files.createTempFile("tracking-note-zh", ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.writeString(file, NOTE, StandardCharsets.UTF_8);
			review(file);
		} finally {
			Files.delete(file);
		}
	}

	private static void review(Path file) {
		IEclipseContext context = workbench.window().getContext();
		ModelStore store = robot.syncExec("find the model store", () -> context.get(ModelStore.class)); //$NON-NLS-1$
		int documents = robot.syncExec("count documents", () -> store.root().getDocuments().size()); //$NON-NLS-1$
		RobotShell wizard = ImportWizards.open(workbench, "导入文件"); //$NON-NLS-1$
		wizard.textWithId(ImportWidgetIds.PATH).setText(file.toString());
		wizard.buttonWithId(ImportWidgetIds.ADD).click();
		robot.captureScreenshot("import-zh-files"); //$NON-NLS-1$
		wizard.button(DialogButtons.plainText(robot, wizard, IDialogConstants.NEXT_ID)).click();

		RobotTable changes = wizard.find().tableWithId(ImportWidgetIds.CHANGES);
		robot.waitUntil(Condition.of("the proposed changes to be listed", () -> changes.rowCount() > 0)); //$NON-NLS-1$
		assertEquals(List.of("操作", "对象", "读出内容", "数值", "出处", "置信度"), changes.columnNames()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		int row = changes.indexOf("1(b)", 2); //$NON-NLS-1$
		assertEquals(List.of("新增", "建议"), changes.row(row).subList(0, 2)); //$NON-NLS-1$ //$NON-NLS-2$
		changes.select(row);
		String summary = wizard.find().labelWithId(ImportWidgetIds.SUMMARY).getText();
		assertTrue(summary.startsWith("将导入"), summary); //$NON-NLS-1$
		robot.captureScreenshot("import-zh-review"); //$NON-NLS-1$

		wizard.button(DialogButtons.plainText(robot, wizard, IDialogConstants.CANCEL_ID)).click();
		robot.waitUntil(Condition.of("the wizard to close", () -> !wizard.isOpen())); //$NON-NLS-1$
		assertEquals(documents, robot.syncExec("count documents again", () -> store.root().getDocuments().size())); //$NON-NLS-1$
	}
}
