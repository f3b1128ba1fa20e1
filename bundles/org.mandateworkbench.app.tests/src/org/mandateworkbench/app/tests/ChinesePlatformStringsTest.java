package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotShell;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;

/**
 * The platform's own strings in Chinese, as the org.mandateworkbench.nl.zh.* fragments give them: the
 * buttons of JFace dialogs, of the JFace preference dialog and of a wizard, the tab menu, and the
 * messages of the e4 renderers (its save prompt among them), add-ons, jobs and Equinox common. A dirty
 * mandate editor asks with the workbench's own dialog ({@link ChineseMandateDirtyStateTest}). Runs in
 * its own runtime started with -nl zh, like {@code releng/run-workbench -nl zh}.
 */
@ExtendWith(ScreenshotOnFailureExtension.class)
class ChinesePlatformStringsTest {

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
	void runsUnderChinese() {
		assertEquals("zh", Locale.getDefault().getLanguage()); //$NON-NLS-1$
	}

	@Test
	void preferencesDialogHasChineseOkAndCancel() {
		MenuItem item = robot.menu("文件").menu("首选项…").widget(); //$NON-NLS-1$ //$NON-NLS-2$
		robot.display().asyncExec(() -> item.notifyListeners(SWT.Selection, new Event()));
		RobotShell dialog = robot.shell("首选项"); //$NON-NLS-1$
		Map<Integer, String> buttons = DialogButtons.texts(robot, dialog);
		dialog.captureScreenshot("platform-zh-preferences"); //$NON-NLS-1$
		closeWith(dialog, "取消"); //$NON-NLS-1$
		assertEquals("确定", buttons.get(IDialogConstants.OK_ID)); //$NON-NLS-1$
		assertEquals("取消", buttons.get(IDialogConstants.CANCEL_ID)); //$NON-NLS-1$
	}

	@Test
	void jfacePreferenceDialogHasChineseButtons() {
		Shell main = mainShell();
		robot.display().asyncExec(() -> {
			PreferenceManager pages = new PreferenceManager();
			pages.addToRoot(new PreferenceNode("sample", new SamplePage())); //$NON-NLS-1$
			new PreferenceDialog(main, pages).open();
		});
		RobotShell dialog = robot.shell("首选项"); //$NON-NLS-1$
		Map<Integer, String> buttons = DialogButtons.texts(robot, dialog);
		dialog.button("恢复默认值"); //$NON-NLS-1$
		dialog.button("应用"); //$NON-NLS-1$
		dialog.captureScreenshot("platform-zh-jface-preferences"); //$NON-NLS-1$
		closeWith(dialog, "取消"); //$NON-NLS-1$
		assertEquals("应用并关闭", buttons.get(IDialogConstants.OK_ID)); //$NON-NLS-1$
		assertEquals("取消", buttons.get(IDialogConstants.CANCEL_ID)); //$NON-NLS-1$
	}

	@Test
	void wizardHasChineseBackNextFinishAndCancel() {
		RobotShell wizard = ImportWizards.open(workbench, "导入文件"); //$NON-NLS-1$
		Map<Integer, String> buttons = DialogButtons.texts(robot, wizard);
		wizard.captureScreenshot("platform-zh-wizard"); //$NON-NLS-1$
		closeWith(wizard, "取消"); //$NON-NLS-1$
		assertEquals("< 上一步(&B)", buttons.get(IDialogConstants.BACK_ID)); //$NON-NLS-1$
		assertEquals("下一步(&N) >", buttons.get(IDialogConstants.NEXT_ID)); //$NON-NLS-1$
		assertEquals("完成(&F)", buttons.get(IDialogConstants.FINISH_ID)); //$NON-NLS-1$
		assertEquals("取消", buttons.get(IDialogConstants.CANCEL_ID)); //$NON-NLS-1$
	}

	@Test
	void questionDialogSaysYesAndNoInChinese() {
		Shell main = mainShell();
		robot.display().asyncExec(() -> MessageDialog.openQuestion(main, "问题对话框", "继续吗？")); //$NON-NLS-1$ //$NON-NLS-2$
		RobotShell dialog = robot.shell("问题对话框"); //$NON-NLS-1$
		Map<Integer, String> buttons = DialogButtons.texts(robot, dialog);
		closeWith(dialog, "否"); //$NON-NLS-1$
		// MessageDialog numbers its buttons in the order given: Yes, No.
		assertEquals("是(&Y)", buttons.get(0)); //$NON-NLS-1$
		assertEquals("否(&N)", buttons.get(1)); //$NON-NLS-1$
	}

	@Test
	void errorDialogShowsChineseDetailsButton() {
		Shell main = mainShell();
		MultiStatus problem = new MultiStatus("org.mandateworkbench.app.tests", 0, "导入失败", null); //$NON-NLS-1$ //$NON-NLS-2$
		problem.add(Status.error("第 3 行无法读取")); //$NON-NLS-1$
		robot.display().asyncExec(() -> ErrorDialog.openError(main, "错误对话框", null, problem)); //$NON-NLS-1$
		RobotShell dialog = robot.shell("错误对话框"); //$NON-NLS-1$
		Map<Integer, String> buttons = DialogButtons.texts(robot, dialog);
		dialog.button(DialogButtons.plainText(robot, dialog, IDialogConstants.DETAILS_ID)).click();
		robot.waitUntil(Condition.of("the details to open", //$NON-NLS-1$
				() -> "<< 详细信息(&D)".equals(DialogButtons.texts(robot, dialog).get(IDialogConstants.DETAILS_ID)))); //$NON-NLS-1$
		dialog.captureScreenshot("platform-zh-error"); //$NON-NLS-1$
		closeWith(dialog, "确定"); //$NON-NLS-1$
		assertEquals("确定", buttons.get(IDialogConstants.OK_ID)); //$NON-NLS-1$
		assertEquals("详细信息(&D) >>", buttons.get(IDialogConstants.DETAILS_ID)); //$NON-NLS-1$
	}

	@Test
	void tabMenuIsChinese() {
		CTabItem tab = robot.ctabItem("预览").widget(); //$NON-NLS-1$
		List<String> labels = robot.syncExec("open the tab's context menu", () -> { //$NON-NLS-1$
			CTabFolder folder = tab.getParent();
			Rectangle bounds = tab.getBounds();
			Point point = folder.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
			Event detect = new Event();
			detect.x = point.x;
			detect.y = point.y;
			folder.notifyListeners(SWT.MenuDetect, detect);
			// The e4 stack renderer keeps its tab menu on the shell under this key.
			Menu menu = (Menu) folder.getShell().getData("shell_close_editors_menu"); //$NON-NLS-1$
			menu.setVisible(false);
			return Arrays.stream(menu.getItems()).map(MenuItem::getText).filter(text -> !text.isEmpty()).toList();
		});
		assertTrue(labels.contains("全部关闭(&A)"), labels::toString); //$NON-NLS-1$
		assertTrue(labels.stream().allMatch(label -> label.codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff)),
				labels::toString);
	}

	/** The NLS message classes of the other hosts, read after start-up: the save prompt, tab menu, jobs. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"org.eclipse.e4.ui.workbench.renderers.swt|org.eclipse.e4.ui.internal.workbench.renderers.swt.SWTRenderersMessages|saveSingleChangesQuestionTitle|保存“{0}”？",
			"org.eclipse.e4.ui.workbench.renderers.swt|org.eclipse.e4.ui.internal.workbench.renderers.swt.SWTRenderersMessages|choosePartsToSave_Button_Dont_Save|不保存(&N)",
			"org.eclipse.e4.ui.workbench.renderers.swt|org.eclipse.e4.ui.internal.workbench.renderers.swt.SWTRenderersMessages|menuCloseOthers|关闭其他(&O)",
			"org.eclipse.e4.ui.workbench.renderers.swt|org.eclipse.e4.ui.workbench.renderers.swt.Messages|ToolBarManagerRenderer_MenuCloseText|隐藏(&H)",
			"org.eclipse.e4.ui.workbench.addons.swt|org.eclipse.e4.ui.workbench.addons.minmax.Messages|TrimStack_RestoreText|还原(&R)",
			"org.eclipse.e4.ui.workbench.swt|org.eclipse.e4.ui.workbench.swt.internal.copy.WorkbenchSWTMessages|InternalError|内部错误",
			"org.eclipse.e4.ui.workbench.swt|org.eclipse.e4.ui.internal.workbench.swt.E4WorkbenchSWTMessages|openCommandFromUIHandler_undefined|<未定义>",
			"org.eclipse.core.jobs|org.eclipse.core.internal.jobs.JobMessages|jobs_internalError|执行“{0}”时发生内部错误。",
			"org.eclipse.equinox.common|org.eclipse.core.internal.runtime.CommonMessages|meta_pluginProblems|调用插件“{0}”中的代码时出现问题。" })
	void platformMessagesAreChinese(String host, String messagesClass, String field, String chinese) throws Exception {
		Class<?> messages = Platform.getBundle(host).loadClass(messagesClass);
		assertEquals(chinese, messages.getField(field).get(null));
	}

	private static Shell mainShell() {
		return robot.syncExec("find the main shell", () -> (Shell) workbench.window().getWidget()); //$NON-NLS-1$
	}

	private static void closeWith(RobotShell dialog, String button) {
		dialog.button(button).click();
		robot.waitUntil(Condition.of("the dialog to close", () -> !dialog.isOpen())); //$NON-NLS-1$
	}

	/** One JFace field-editor page, so that the dialog shows its Restore Defaults and Apply buttons. */
	private static final class SamplePage extends FieldEditorPreferencePage {

		SamplePage() {
			super("日期格式", GRID); //$NON-NLS-1$
			setPreferenceStore(new PreferenceStore());
		}

		@Override
		protected void createFieldEditors() {
			addField(new StringFieldEditor("pattern", "格式：", getFieldEditorParent())); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
