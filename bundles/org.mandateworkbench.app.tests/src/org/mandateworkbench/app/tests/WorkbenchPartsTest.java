package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotShell;
import org.mandateworkbench.testsupport.robot.RobotTable;
import org.mandateworkbench.testsupport.robot.RobotTree;
import org.mandateworkbench.testsupport.robot.RobotWidget;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.testsupport.robot.WidgetNotFoundException;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.UiLanguage;
import org.mandateworkbench.ui.UiPreferences;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.handlers.OpenHandler;
import org.osgi.service.event.EventHandler;

/**
 * The parts around the editors, in English on the demo workspace: the navigator filters and groups;
 * its open command posts an open request; the properties part edits the selected object through
 * undoable commands and refuses invalid values; the jobs part lists a running job and cancels it.
 */
@ExtendWith(ScreenshotOnFailureExtension.class)
class WorkbenchPartsTest {

	private static final int VALUE_COLUMN = 1;

	private static RunningWorkbench workbench;
	private static SwtRobot robot;
	private static ModelStore store;

	@BeforeAll
	static void startWorkbench() throws Exception {
		workbench = RunningWorkbench.startInLanguage("en"); //$NON-NLS-1$
		robot = workbench.robot();
		store = robot.syncExec("find the model store", () -> workbench.window().getContext().get(ModelStore.class)); //$NON-NLS-1$
	}

	@AfterAll
	static void closeWorkbench() throws Exception {
		workbench.close();
	}

	@Test
	void propertiesPartEditsTheSelectedMandateUndoablyAndRefusesABadDate() {
		Mandate mandate = robot.syncExec("find the first mandate", () -> store.root().getMandates().get(0)); //$NON-NLS-1$
		LocalDate before = robot.syncExec("read its due date", mandate::getDueDate); //$NON-NLS-1$
		LocalDate wanted = LocalDate.of(2030, 1, 31);
		assertNotEquals(wanted, before);
		RobotTree tree = robot.treeWithId(WidgetIds.NAVIGATOR_TREE);
		String first = tree.expandNode("Mandates").items().get(0); //$NON-NLS-1$
		tree.select("Mandates", first); //$NON-NLS-1$
		RobotTable properties = robot.tableWithId(WidgetIds.PROPERTIES_TABLE);
		robot.waitUntil(Condition.of("the mandate's properties", () -> properties.indexOf("Due Date", 0) >= 0)); //$NON-NLS-1$ //$NON-NLS-2$
		int dueDate = properties.indexOf("Due Date", 0); //$NON-NLS-1$
		assertEquals(before == null ? "" : before.toString(), properties.cell(dueDate, VALUE_COLUMN)); //$NON-NLS-1$
		capture("properties-en"); //$NON-NLS-1$

		editValue(properties, dueDate, "2030-01-31"); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the new due date in the model", () -> wanted.equals(dueDateOf(mandate)))); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the new due date in the table", //$NON-NLS-1$
				() -> "2030-01-31".equals(properties.cell(dueDate, VALUE_COLUMN)))); //$NON-NLS-1$
		assertTrue(robot.syncExec("read the dirty state", store::isDirty)); //$NON-NLS-1$

		robot.menu("Edit").menu("Undo").click(); //$NON-NLS-1$ //$NON-NLS-2$
		robot.waitUntil(Condition.of("the due date undone", () -> equalsBefore(before, dueDateOf(mandate)))); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the table to show the old date", //$NON-NLS-1$
				() -> (before == null ? "" : before.toString()).equals(properties.cell(dueDate, VALUE_COLUMN)))); //$NON-NLS-1$
		robot.menu("Edit").menu("Redo").click(); //$NON-NLS-1$ //$NON-NLS-2$
		robot.waitUntil(Condition.of("the due date redone", () -> wanted.equals(dueDateOf(mandate)))); //$NON-NLS-1$

		editValue(properties, dueDate, "31.01.2031"); //$NON-NLS-1$
		String problem = robot.labelWithId(WidgetIds.PROPERTIES_PROBLEM).getText();
		assertTrue(problem.startsWith("Due Date: enter a date as yyyy-MM-dd"), problem); //$NON-NLS-1$
		assertEquals(wanted, dueDateOf(mandate), "an invalid date changes nothing"); //$NON-NLS-1$
		capture("properties-en-invalid"); //$NON-NLS-1$
		robot.menu("Edit").menu("Undo").click(); //$NON-NLS-1$ //$NON-NLS-2$
		robot.waitUntil(Condition.of("the due date undone again", () -> equalsBefore(before, dueDateOf(mandate)))); //$NON-NLS-1$
	}

	@Test
	void propertiesPartEditsTheChineseTitleOfAMandateAndKeepsTheEnglishOne() {
		Mandate mandate = robot.syncExec("find the first mandate", () -> store.root().getMandates().get(0)); //$NON-NLS-1$
		Optional<String> zhBefore = titleOf(mandate, "zh"); //$NON-NLS-1$
		Optional<String> enBefore = titleOf(mandate, "en"); //$NON-NLS-1$
		String wanted = "\u65b0\u7684\u4efb\u52a1\u6807\u9898"; // a new mandate title, in Chinese
		RobotTree tree = robot.treeWithId(WidgetIds.NAVIGATOR_TREE);
		String first = tree.expandNode("Mandates").items().get(0); //$NON-NLS-1$
		tree.select("Mandates", first); //$NON-NLS-1$
		RobotTable properties = robot.tableWithId(WidgetIds.PROPERTIES_TABLE);
		robot.waitUntil(Condition.of("a row per language of the title", //$NON-NLS-1$
				() -> properties.indexOf("Title (Chinese)", 0) >= 0 && properties.indexOf("Title (English)", 0) >= 0)); //$NON-NLS-1$ //$NON-NLS-2$
		int zhRow = properties.indexOf("Title (Chinese)", 0); //$NON-NLS-1$
		int enRow = properties.indexOf("Title (English)", 0); //$NON-NLS-1$
		assertTrue(enRow < zhRow, "the UI language's row comes first"); //$NON-NLS-1$
		assertEquals(zhBefore.orElse(""), properties.cell(zhRow, VALUE_COLUMN)); //$NON-NLS-1$
		assertEquals(enBefore.orElse(""), properties.cell(enRow, VALUE_COLUMN)); //$NON-NLS-1$

		editValue(properties, zhRow, wanted);
		robot.waitUntil(Condition.of("the new Chinese title in the model", //$NON-NLS-1$
				() -> Optional.of(wanted).equals(titleOf(mandate, "zh")))); //$NON-NLS-1$
		assertEquals(enBefore, titleOf(mandate, "en"), "the English title stays"); //$NON-NLS-1$ //$NON-NLS-2$
		robot.waitUntil(Condition.of("the new title in the table", () -> wanted.equals(properties.cell(zhRow, VALUE_COLUMN)))); //$NON-NLS-1$
		assertEquals(enBefore.orElse(""), properties.cell(enRow, VALUE_COLUMN)); //$NON-NLS-1$
		capture("properties-en-multilingual"); //$NON-NLS-1$

		robot.menu("Edit").menu("Undo").click(); //$NON-NLS-1$ //$NON-NLS-2$
		robot.waitUntil(Condition.of("the Chinese title undone", () -> zhBefore.equals(titleOf(mandate, "zh")))); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(enBefore, titleOf(mandate, "en")); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the old title in the table", //$NON-NLS-1$
				() -> zhBefore.orElse("").equals(properties.cell(zhRow, VALUE_COLUMN)))); //$NON-NLS-1$
	}

	@Test
	void propertiesPartIsReadOnlyInTheDelegateLayout() {
		robot.menu("Role").menu("Delegate").click(); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			robot.ctabItem("Navigator").activate(); //$NON-NLS-1$
			RobotTree tree = robot.treeWithId(WidgetIds.NAVIGATOR_TREE);
			String first = tree.expandNode("Mandates").items().get(0); //$NON-NLS-1$
			tree.select("Mandates", first); //$NON-NLS-1$
			robot.ctabItem("Properties").activate(); //$NON-NLS-1$
			RobotTable properties = robot.tableWithId(WidgetIds.PROPERTIES_TABLE);
			robot.waitUntil(Condition.of("the mandate's properties", () -> properties.indexOf("Due Date", 0) >= 0)); //$NON-NLS-1$ //$NON-NLS-2$
			robot.waitUntil(Condition.of("the read-only note", //$NON-NLS-1$
					() -> robot.labelWithId(WidgetIds.PROPERTIES_READ_ONLY).isVisible()));
			for (String property : List.of("Due Date", "Title (English)")) { //$NON-NLS-1$ //$NON-NLS-2$
				clickValueCell(properties, properties.indexOf(property, 0));
				assertFalse(robot.syncExec("look for a cell editor", () -> hasVisibleEditor(properties.widget())), //$NON-NLS-1$
						() -> property + " opens an editor in the Delegate layout"); //$NON-NLS-1$
			}
			capture("properties-en-delegate-read-only"); //$NON-NLS-1$
		} finally {
			robot.menu("Role").menu("Secretariat").click(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		robot.waitUntil(Condition.of("the note to go in the Secretariat layout", //$NON-NLS-1$
				() -> !isShown(WidgetIds.PROPERTIES_READ_ONLY)));
		RobotTable properties = robot.tableWithId(WidgetIds.PROPERTIES_TABLE);
		clickValueCell(properties, properties.indexOf("Due Date", 0)); //$NON-NLS-1$
		robot.waitUntil(Condition.of("an editor in the Secretariat layout", //$NON-NLS-1$
				() -> robot.syncExec("look for a cell editor", () -> hasVisibleEditor(properties.widget())))); //$NON-NLS-1$
		robot.syncExec("close the editor", () -> properties.widget().forceFocus()); //$NON-NLS-1$
	}

	private static boolean hasVisibleEditor(Table table) {
		return Arrays.stream(table.getChildren()).anyMatch(child -> child instanceof Text && child.isVisible());
	}

	private static Optional<String> titleOf(Mandate mandate, String language) {
		return robot.syncExec("read the title", () -> MultilingualTextQuery.value(mandate.getTitle(), language)); //$NON-NLS-1$
	}

	@Test
	void navigatorFiltersItsTreeAndGroupsTheMandates() {
		RobotTree tree = robot.treeWithId(WidgetIds.NAVIGATOR_TREE);
		robot.textWithId(WidgetIds.NAVIGATOR_FILTER).typeText("Meeting 8"); //$NON-NLS-1$
		robot.waitUntil(Condition.of("only the bodies to remain", //$NON-NLS-1$
				() -> List.of("Bodies and meetings").equals(tree.items()))); //$NON-NLS-1$
		List<String> bodies = tree.item("Bodies and meetings").items(); //$NON-NLS-1$
		assertFalse(bodies.isEmpty());
		for (String body : bodies) {
			List<String> meetings = tree.expandNode("Bodies and meetings", body).items(); //$NON-NLS-1$
			assertTrue(!meetings.isEmpty() && meetings.stream().allMatch(m -> m.startsWith("Meeting 8")), //$NON-NLS-1$
					() -> body + ": " + meetings); //$NON-NLS-1$
		}
		capture("navigator-en-filtered"); //$NON-NLS-1$
		robot.textWithId(WidgetIds.NAVIGATOR_FILTER).setText(""); //$NON-NLS-1$
		robot.waitUntil(Condition.of("every group to come back", () -> tree.items().size() == 5)); //$NON-NLS-1$

		robot.comboWithId(WidgetIds.NAVIGATOR_VIEW).select("Mandates by status"); //$NON-NLS-1$
		int mandates = robot.syncExec("count the mandates", () -> store.root().getMandates().size()); //$NON-NLS-1$
		robot.waitUntil(Condition.of("status groups", () -> tree.items().stream().allMatch(i -> i.matches(".+ \\(\\d+\\)")))); //$NON-NLS-1$ //$NON-NLS-2$
		int grouped = tree.items().stream().mapToInt(i -> Integer.parseInt(i.substring(i.lastIndexOf('(') + 1, i.length() - 1)))
				.sum();
		assertEquals(mandates, grouped, () -> "every mandate in one status group: " + tree.items()); //$NON-NLS-1$
		capture("navigator-en-by-status"); //$NON-NLS-1$
		robot.comboWithId(WidgetIds.NAVIGATOR_VIEW).select("Workspace"); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the workspace view", () -> tree.items().contains("Bodies and meetings"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void openCommandPostsAnOpenRequestForTheSelection() {
		RobotTree tree = robot.treeWithId(WidgetIds.NAVIGATOR_TREE);
		String first = tree.expandNode("Mandates").items().get(0); //$NON-NLS-1$
		tree.select("Mandates", first); //$NON-NLS-1$
		Mandate mandate = robot.syncExec("find the first mandate", () -> store.root().getMandates().get(0)); //$NON-NLS-1$
		List<Object> opened = new CopyOnWriteArrayList<>();
		IEclipseContext context = workbench.window().getContext();
		IEventBroker broker = context.get(IEventBroker.class);
		EventHandler listener = event -> opened.add(((OpenRequest) event.getProperty(IEventBroker.DATA)).target());
		broker.subscribe(OpenRequest.TOPIC, listener);
		try {
			robot.syncExec("run the open command", () -> { //$NON-NLS-1$
				ParameterizedCommand open = context.get(ECommandService.class).createCommand(OpenHandler.COMMAND_ID, null);
				EHandlerService handlers = context.get(EHandlerService.class);
				assertTrue(handlers.canExecute(open), "open is enabled on a selected model object"); //$NON-NLS-1$
				handlers.executeHandler(open);
			});
			robot.waitUntil(Condition.of("the open request", () -> opened.contains(mandate))); //$NON-NLS-1$
		} finally {
			broker.unsubscribe(listener);
		}
	}

	@Test
	void preferencesDialogStoresTheDateFormatAndDefaultWorkspace() throws Exception {
		MenuItem item = robot.menu("File").menu("Preferences…").widget(); //$NON-NLS-1$ //$NON-NLS-2$
		// asynchronously: the dialog is modal and runs its own event loop
		robot.display().asyncExec(() -> item.notifyListeners(SWT.Selection, new Event()));
		RobotShell dialog = robot.shell("Preferences"); //$NON-NLS-1$
		try {
			dialog.find().comboWithId(WidgetIds.PREFERENCES_DATE_FORMAT).select(2);
			dialog.find().textWithId(WidgetIds.PREFERENCES_WORKSPACE).setText("/tmp/mwb-preferences-test"); //$NON-NLS-1$
			assertEquals("English", dialog.find().comboWithId(WidgetIds.PREFERENCES_LANGUAGE).getText()); //$NON-NLS-1$
			dialog.captureScreenshot("preferences-en"); //$NON-NLS-1$
			dialog.button("OK").click(); //$NON-NLS-1$
			robot.waitUntil(Condition.of("the dialog to close", () -> !dialog.isOpen())); //$NON-NLS-1$
			assertEquals("dd/MM/yyyy", UiPreferences.datePattern()); //$NON-NLS-1$
			assertEquals(Optional.of(Path.of("/tmp/mwb-preferences-test")), UiPreferences.defaultWorkspace()); //$NON-NLS-1$
			assertEquals(Optional.of(Locale.ENGLISH), UiLanguage.preferred());
		} finally {
			UiPreferences.store(UiPreferences.DATE_PATTERNS.get(0), ""); //$NON-NLS-1$
		}
	}

	@Test
	void jobsPartListsARunningJobAndCancelsIt() throws Exception {
		CountingJob job = new CountingJob("Counting to a million").start(); //$NON-NLS-1$
		String cancelId = WidgetIds.JOBS_CANCEL_PREFIX + job.getName();
		robot.waitUntil(Condition.of("the job's cancel button", () -> isShown(cancelId))); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the status line to count the job", //$NON-NLS-1$
				() -> robot.labelWithId(WidgetIds.JOBS_STATUS).getText().matches("\\d+ job\\(s\\) running"))); //$NON-NLS-1$
		capture("jobs-en"); //$NON-NLS-1$
		robot.buttonWithId(cancelId).click();
		assertTrue(job.join(30_000, null), "the job ended"); //$NON-NLS-1$
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
		robot.waitUntil(Condition.of("the job to leave the list", () -> !isShown(cancelId))); //$NON-NLS-1$
	}

		private static boolean isShown(String id) {
		try {
			return robot.withTimeout(Duration.ZERO).widgetWithId(id).isVisible();
		} catch (WidgetNotFoundException e) {
			return false;
		}
	}

	/** Clicks a value cell as a user would, then types a new value into its editor and presses Enter. */
	private static void editValue(RobotTable properties, int row, String value) {
		Table table = properties.widget();
		clickValueCell(properties, row);
		RobotWidget<Text> editor = robot.widget(Text.class, "the value's cell editor", //$NON-NLS-1$
				text -> text.getParent() == table && text.isVisible());
		robot.syncExec("type the new value", () -> { //$NON-NLS-1$
			editor.widget().setText(value);
			editor.widget().notifyListeners(SWT.DefaultSelection, new Event());
		});
		assertFalse(robot.syncExec("check the editor closed", () -> !editor.widget().isDisposed() && editor.widget().isVisible()),
				"the editor closes on Enter"); //$NON-NLS-1$
	}

	/** A mouse click on a value cell, which opens its cell editor where the property can be edited. */
	private static void clickValueCell(RobotTable properties, int row) {
		Table table = properties.widget();
		robot.syncExec("click the value cell", () -> { //$NON-NLS-1$
			table.setSelection(row);
			Rectangle cell = table.getItem(row).getBounds(VALUE_COLUMN);
			Event down = new Event();
			down.button = 1;
			down.x = cell.x + cell.width / 2;
			down.y = cell.y + cell.height / 2;
			table.notifyListeners(SWT.MouseDown, down);
			Event up = new Event();
			up.button = 1;
			up.x = down.x;
			up.y = down.y;
			table.notifyListeners(SWT.MouseUp, up);
		});
	}

	private static LocalDate dueDateOf(Mandate mandate) {
		return robot.syncExec("read the due date", mandate::getDueDate); //$NON-NLS-1$
	}

	private static boolean equalsBefore(LocalDate before, LocalDate now) {
		return before == null ? now == null : before.equals(now);
	}

	private static void capture(String name) {
		robot.syncExec("paint the window", () -> workbench.window().getContext().get(Shell.class).update()); //$NON-NLS-1$
		robot.captureScreenshot(name);
	}
}
