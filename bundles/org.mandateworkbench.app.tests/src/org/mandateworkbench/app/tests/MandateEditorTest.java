package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.event.EventHandler;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.progress.MandateProgress;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotNatTable;
import org.mandateworkbench.testsupport.robot.RobotShell;
import org.mandateworkbench.testsupport.robot.RobotTree;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.ingest.ImportIntoMeetingAddon;
import org.mandateworkbench.ui.mandate.MandateEditorIds;
import org.mandateworkbench.ui.mandate.internal.MandateValidation;
import org.mandateworkbench.ui.mandate.internal.ProgressSummary;
import org.mandateworkbench.ui.mandate.internal.MandateValidation.Finding;

/**
 * The mandate editor in English on the demo workspace, driven as a user would: opened from the
 * navigator, its status changed, undone, redone, saved and reopened; an action added; the
 * responses matrix as of a date; an invalid edit refused at save; every page captured; New Action
 * and New Response run from the navigator's selection; the navigator follows the active editor.
 */
@ExtendWith(ScreenshotOnFailureExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class MandateEditorTest {

	private static final String MANDATE_ID = "mandate-cosp-7-1-information-exchange"; //$NON-NLS-1$
	private static final String MANDATE_LABEL = "Collect information from States on the expert meeting's topics and report on it"; //$NON-NLS-1$

	private static final String NEW_ACTION = MandateEditorIds.COMMAND_NAVIGATOR_NEW_ACTION;
	private static final String NEW_RESPONSE = MandateEditorIds.COMMAND_NAVIGATOR_NEW_RESPONSE;
	private static final String IMPORT_INTO_MEETING = ImportIntoMeetingAddon.COMMAND_ID;
	private static final String NAVIGATOR_PART = "org.mandateworkbench.ui.part.navigator"; //$NON-NLS-1$

	private static RunningWorkbench workbench;
	private static SwtRobot robot;
	private static ModelStore store;
	private static Mandate mandate;

	@BeforeAll
	static void startWorkbench() throws Exception {
		workbench = RunningWorkbench.startInLanguage("en"); //$NON-NLS-1$
		robot = workbench.robot();
		store = robot.syncExec("find the model store", () -> workbench.window().getContext().get(ModelStore.class)); //$NON-NLS-1$
		mandate = robot.syncExec("find the mandate", () -> store.root().getMandates().stream() //$NON-NLS-1$
				.filter(m -> MANDATE_ID.equals(m.getId())).findFirst().orElseThrow());
	}

	@AfterAll
	static void closeWorkbench() throws Exception {
		workbench.close();
	}

	@Test
	@Order(1)
	void changesTheStatusWithHistoryUndoRedoSaveAndReopen() {
		RobotTree tree = robot.treeWithId(WidgetIds.NAVIGATOR_TREE);
		tree.expandNode("Mandates"); //$NON-NLS-1$
		tree.item("Mandates", MANDATE_LABEL).doubleClick(); //$NON-NLS-1$
		MPart editor = waitForEditor();
		assertTrue(robot.labelWithId(MandateEditorIds.TITLE).getText().contains(MANDATE_ID));

		MandateStatus before = read(mandate::getStatus);
		int historyBefore = read(() -> mandate.getStatusChanges().size());
		assertEquals(historyBefore, robot.tableWithId(MandateEditorIds.HISTORY).rowCount());
		String today = LocalDate.now().toString();
		robot.comboWithId(MandateEditorIds.STATUS).select("Completed"); //$NON-NLS-1$
		robot.textWithId(MandateEditorIds.STATUS_DATE).setText(today);
		robot.buttonWithId(MandateEditorIds.STATUS_APPLY).click();
		robot.waitUntil(Condition.of("the status to change", () -> read(mandate::getStatus) == MandateStatus.COMPLETED)); //$NON-NLS-1$
		List<String> recorded = robot.tableWithId(MandateEditorIds.HISTORY).row(historyBefore);
		assertEquals(List.of(today, "Completed"), recorded.subList(0, 2)); //$NON-NLS-1$
		assertTrue(read(editor::isDirty), "the editor is dirty after the edit"); //$NON-NLS-1$

		robot.menu("Edit").menu("Undo").click(); //$NON-NLS-1$ //$NON-NLS-2$
		robot.waitUntil(Condition.of("the status to be restored", () -> read(mandate::getStatus) == before)); //$NON-NLS-1$
		assertEquals(historyBefore, robot.tableWithId(MandateEditorIds.HISTORY).rowCount(), "undo removes the history entry"); //$NON-NLS-1$
		robot.menu("Edit").menu("Redo").click(); //$NON-NLS-1$ //$NON-NLS-2$
		robot.waitUntil(Condition.of("the change to be redone", () -> read(mandate::getStatus) == MandateStatus.COMPLETED)); //$NON-NLS-1$
		assertEquals(historyBefore + 1, robot.tableWithId(MandateEditorIds.HISTORY).rowCount());

		robot.menu("File").menu("Save").click(); //$NON-NLS-1$ //$NON-NLS-2$
		robot.waitUntil(Condition.of("the model to be saved", () -> !read(store::isDirty))); //$NON-NLS-1$
		assertFalse(read(editor::isDirty), "the editor is clean after the save"); //$NON-NLS-1$
		assertTrue(robot.labelWithId(MandateEditorIds.MESSAGE).getText().startsWith("Saved")); //$NON-NLS-1$
		assertFalse(read(() -> store.journal().entriesTouching(MANDATE_ID)).isEmpty(), "the save is journalled"); //$NON-NLS-1$

		robot.syncExec("close the editor", () -> editor.getContext().get(EPartService.class).hidePart(editor, true)); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the editor to close", () -> openEditors().isEmpty())); //$NON-NLS-1$
		robot.treeWithId(WidgetIds.NAVIGATOR_TREE).item("Mandates", MANDATE_LABEL).select(); //$NON-NLS-1$
		robot.treeWithId(WidgetIds.NAVIGATOR_TREE).pressEnter();
		MPart reopened = waitForEditor();
		assertNotSame(editor, reopened);
		List<String> last = robot.tableWithId(MandateEditorIds.HISTORY).row(historyBefore);
		assertEquals(List.of(today, "Completed"), last.subList(0, 2), "the reopened editor shows the saved change"); //$NON-NLS-1$
		assertEquals("Completed", robot.comboWithId(MandateEditorIds.STATUS).getText()); //$NON-NLS-1$
	}

	@Test
	@Order(2)
	void addingAnActionUpdatesTheProgressFigures() {
		waitForEditor();
		int done = read(() -> MandateProgress.of(mandate, LocalDate.now()).actionsDone());
		assertTrue(figures().contains("Actions done: " + done), figures()); //$NON-NLS-1$
		robot.ctabItemWithId(MandateEditorIds.PAGE_TIMELINE).activate();
		int rows = robot.tableWithId(MandateEditorIds.TIMELINE).rowCount();
		Button add = (Button) robot.buttonWithId(MandateEditorIds.ADD_ACTION).widget();
		// the dialog is modal: open it without waiting, then drive it
		robot.display().asyncExec(() -> add.notifyListeners(SWT.Selection, new Event()));
		RobotShell dialog = robot.shell("Add Action"); //$NON-NLS-1$
		dialog.find().comboWithId(MandateEditorIds.ACTION_TYPE).select("Reminder"); //$NON-NLS-1$
		dialog.find().textWithId(MandateEditorIds.ACTION_DATE).setText(LocalDate.now().toString());
		dialog.find().textWithId(MandateEditorIds.ACTION_DESCRIPTION).setText("Reminder to the States still outstanding."); //$NON-NLS-1$
		robot.captureScreenshot("mandate-en-add-action"); //$NON-NLS-1$
		dialog.button("OK").click(); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the action to be listed", //$NON-NLS-1$
				() -> robot.tableWithId(MandateEditorIds.TIMELINE).rowCount() == rows + 1));
		List<String> added = robot.tableWithId(MandateEditorIds.TIMELINE).row(rows);
		assertEquals(List.of(LocalDate.now().toString(), "Reminder"), added.subList(0, 2)); //$NON-NLS-1$
		assertTrue(added.get(3).contains("still outstanding"), added::toString); //$NON-NLS-1$
		robot.captureScreenshot("mandate-en-timeline"); //$NON-NLS-1$

		robot.ctabItemWithId(MandateEditorIds.PAGE_OVERVIEW).activate();
		assertTrue(figures().contains("Actions done: " + (done + 1)), figures()); //$NON-NLS-1$
		assertTrue(figures().contains("Days since the last action: 0"), figures()); //$NON-NLS-1$
		robot.captureScreenshot("mandate-en-overview"); //$NON-NLS-1$
	}

	@Test
	@Order(3)
	void responsesMatrixShowsThirteenRepliesAsOf15March2018() {
		waitForEditor();
		robot.ctabItemWithId(MandateEditorIds.PAGE_RESPONSES).activate();
		robot.textWithId(MandateEditorIds.AS_OF).setText("2018-03-15"); //$NON-NLS-1$
		robot.textWithId(MandateEditorIds.AS_OF).pressEnter();
		robot.comboWithId(MandateEditorIds.SORT).select("By reply time"); //$NON-NLS-1$
		RobotNatTable table = robot.natTableWithId(MandateEditorIds.RESPONSES);
		robot.waitUntil(Condition.of("one note verbale column as of 15 March 2018", () -> table.columnCount() == 2)); //$NON-NLS-1$
		assertEquals("Note verbale 2018-02-09", table.cellText(0, 1)); //$NON-NLS-1$
		for (int row = 1; row <= 11; row++) {
			assertEquals("Received 2018-03-15", table.cellText(row, 1), table.row(row).toString()); //$NON-NLS-1$
		}
		assertEquals("Outstanding", table.cellText(12, 1), table.row(12).toString()); //$NON-NLS-1$
		List<String> column = bodyColumn(table, 0);
		assertEquals(11, column.stream().filter("Received 2018-03-15"::equals).count(), column::toString); //$NON-NLS-1$
		assertEquals("2 received", column.get(column.size() - 2), "the replies recorded without a State"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(column.getLast().startsWith("13 received / "), column.getLast()); //$NON-NLS-1$
		robot.captureScreenshot("mandate-en-responses"); //$NON-NLS-1$

		List<OpenRequest> requests = new CopyOnWriteArrayList<>();
		EventHandler listener = event -> requests.add((OpenRequest) event.getProperty(IEventBroker.DATA));
		IEventBroker broker = read(() -> workbench.window().getContext().get(IEventBroker.class));
		broker.subscribe(OpenRequest.TOPIC, listener);
		try {
			table.doubleClick(1, 1);
			robot.waitUntil(Condition.of("a request to open the reply", () -> !requests.isEmpty())); //$NON-NLS-1$
			StateResponse reply = (StateResponse) requests.getFirst().target();
			assertEquals(table.cellText(1, 0), read(() -> reply.getState().getName().getValues().stream()
					.filter(v -> "en".equals(v.getLanguage())).findFirst().orElseThrow().getValue())); //$NON-NLS-1$
			assertEquals(LocalDate.of(2018, 3, 15), read(reply::getReceivedDate));
		} finally {
			broker.unsubscribe(listener);
		}

		robot.textWithId(MandateEditorIds.AS_OF).setText("2018-03-14"); //$NON-NLS-1$
		robot.textWithId(MandateEditorIds.AS_OF).pressEnter();
		robot.waitUntil(Condition.of("no reply counted the day before", //$NON-NLS-1$
				() -> bodyColumn(table, 0).getLast().startsWith("0 received / "))); //$NON-NLS-1$
		assertEquals("Outstanding", table.cellText(1, 1)); //$NON-NLS-1$
	}

	@Test
	@Order(4)
	void anInvalidEditShowsItsMessageAndIsNotSaved() {
		waitForEditor();
		robot.ctabItemWithId(MandateEditorIds.PAGE_OVERVIEW).activate();
		robot.waitUntil(Condition.of("a clean model", () -> !read(store::isDirty) || saveNow())); //$NON-NLS-1$
		robot.comboWithId(MandateEditorIds.STATUS).select("Discontinued"); //$NON-NLS-1$
		robot.textWithId(MandateEditorIds.STATUS_DATE).setText("2010-01-01"); //$NON-NLS-1$
		robot.buttonWithId(MandateEditorIds.STATUS_APPLY).click();
		robot.waitUntil(Condition.of("the validation message", //$NON-NLS-1$
				() -> robot.labelWithId(MandateEditorIds.MESSAGE).getText().contains("out of date order"))); //$NON-NLS-1$
		robot.captureScreenshot("mandate-en-invalid"); //$NON-NLS-1$

		robot.menu("File").menu("Save").click(); //$NON-NLS-1$ //$NON-NLS-2$
		robot.waitUntil(Condition.of("the save to be refused", //$NON-NLS-1$
				() -> robot.labelWithId(MandateEditorIds.MESSAGE).getText().startsWith("Not saved: "))); //$NON-NLS-1$
		assertTrue(robot.labelWithId(MandateEditorIds.MESSAGE).getText().contains("out of date order")); //$NON-NLS-1$
		assertTrue(read(store::isDirty), "nothing was saved"); //$NON-NLS-1$
		assertEquals(List.of("Mandate Workbench"), robot.shellTitles(), "no error dialog"); //$NON-NLS-1$ //$NON-NLS-2$

		robot.menu("Edit").menu("Undo").click(); //$NON-NLS-1$ //$NON-NLS-2$
		robot.waitUntil(Condition.of("the invalid change to be undone", () -> !read(store::isDirty))); //$NON-NLS-1$
		robot.menu("Mandate").menu("Validate").click(); //$NON-NLS-1$ //$NON-NLS-2$
		List<Finding> findings = read(() -> MandateValidation.findings(mandate));
		assertFalse(MandateValidation.hasErrors(findings), findings::toString);
		String expected = findings.isEmpty() ? "The mandate is valid." : findings.getFirst().message(); //$NON-NLS-1$
		robot.waitUntil(Condition.of("validation to show the remaining findings", //$NON-NLS-1$
				() -> robot.labelWithId(MandateEditorIds.MESSAGE).getText().startsWith(expected)));
	}

	@Test
	@Order(5)
	void everyPageIsCaptured() {
		waitForEditor();
		robot.ctabItemWithId(MandateEditorIds.PAGE_INDICATORS).activate();
		int observations = robot.tableWithId(MandateEditorIds.OBSERVATIONS).rowCount();
		assertTrue(observations > 0, "the mandate's indicator has observations"); //$NON-NLS-1$
		robot.captureScreenshot("mandate-en-indicators"); //$NON-NLS-1$
		robot.ctabItemWithId(MandateEditorIds.PAGE_DOCUMENTS).activate();
		assertTrue(robot.tableWithId(MandateEditorIds.DOCUMENTS).rows().stream().anyMatch(r -> r.get(0).equals("CAC/COSP/EG.1/2019/2")), //$NON-NLS-1$
				() -> robot.tableWithId(MandateEditorIds.DOCUMENTS).rows().toString());
		robot.captureScreenshot("mandate-en-documents"); //$NON-NLS-1$
		robot.ctabItemWithId(MandateEditorIds.PAGE_OVERVIEW).activate();
	}

	@Test
	@Order(6)
	void navigatorCommandsAreEnabledOnlyForTheirSelection() {
		waitForOpenEditor();
		RobotTree tree = robot.treeWithId(WidgetIds.NAVIGATOR_TREE);
		selectInNavigator("Mandates", MANDATE_LABEL); //$NON-NLS-1$
		assertEquals(mandate, activeSelection(), "the navigator's selection is the active one"); //$NON-NLS-1$
		robot.waitUntil(Condition.of("new action and new response enabled on the mandate", //$NON-NLS-1$
				() -> canExecute(NEW_ACTION) && canExecute(NEW_RESPONSE)));
		assertFalse(canExecute(IMPORT_INTO_MEETING), "import into this meeting needs a meeting"); //$NON-NLS-1$
		selectInNavigator("Mandates"); //$NON-NLS-1$
		robot.waitUntil(Condition.of("no navigator command on a folder", //$NON-NLS-1$
				() -> !canExecute(NEW_ACTION) && !canExecute(NEW_RESPONSE) && !canExecute(IMPORT_INTO_MEETING)));
		String body = tree.expandNode("Bodies and meetings").items().getFirst(); //$NON-NLS-1$
		String meeting = tree.expandNode("Bodies and meetings", body).items().getFirst(); //$NON-NLS-1$
		selectInNavigator("Bodies and meetings", body, meeting); //$NON-NLS-1$
		Object selected = activeSelection();
		assertTrue(selected instanceof Meeting, () -> "a meeting is selected: " + selected); //$NON-NLS-1$
		robot.waitUntil(Condition.of("import into this meeting enabled on a meeting", () -> canExecute(IMPORT_INTO_MEETING))); //$NON-NLS-1$
		assertFalse(canExecute(NEW_ACTION), "new action needs a mandate"); //$NON-NLS-1$
		assertFalse(canExecute(NEW_RESPONSE), "new response needs a mandate"); //$NON-NLS-1$
	}

	@Test
	@Order(7)
	void newActionFromTheNavigatorAddsAnActionAndUpdatesTheFigures() {
		waitForOpenEditor();
		robot.ctabItemWithId(MandateEditorIds.PAGE_OVERVIEW).activate();
		int done = read(() -> MandateProgress.of(mandate, LocalDate.now()).actionsDone());
		selectInNavigator("Mandates", MANDATE_LABEL); //$NON-NLS-1$
		runFromTheNavigator(NEW_ACTION);
		RobotShell dialog = robot.shell("Add Action"); //$NON-NLS-1$
		dialog.find().comboWithId(MandateEditorIds.ACTION_TYPE).select("Expert panel"); //$NON-NLS-1$
		dialog.find().textWithId(MandateEditorIds.ACTION_DATE).setText(LocalDate.now().toString());
		dialog.find().textWithId(MandateEditorIds.ACTION_DESCRIPTION).setText("Panel convened from the navigator."); //$NON-NLS-1$
		dialog.button("OK").click(); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the action in the model", //$NON-NLS-1$
				() -> read(() -> MandateProgress.of(mandate, LocalDate.now()).actionsDone()) == done + 1));
		robot.waitUntil(Condition.of("the editor's figures to count it", //$NON-NLS-1$
				() -> figures().contains("Actions done: " + (done + 1)))); //$NON-NLS-1$
		assertTrue(read(store::isDirty), "the new action is an unsaved edit"); //$NON-NLS-1$
		robot.menu("Edit").menu("Undo").click(); //$NON-NLS-1$ //$NON-NLS-2$
		robot.waitUntil(Condition.of("undo to remove it", () -> figures().contains("Actions done: " + done))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	@Order(8)
	void newResponseFromTheNavigatorCountsAsAReply() {
		waitForOpenEditor();
		robot.ctabItemWithId(MandateEditorIds.PAGE_OVERVIEW).activate();
		ProgressSummary before = read(() -> ProgressSummary.of(MandateProgress.of(mandate, LocalDate.now())));
		assertTrue(figures().contains("Replies / States addressed: " + before.replies() + " / "), figures()); //$NON-NLS-1$ //$NON-NLS-2$
		selectInNavigator("Mandates", MANDATE_LABEL); //$NON-NLS-1$
		runFromTheNavigator(NEW_RESPONSE);
		RobotShell dialog = robot.shell("New Response"); //$NON-NLS-1$
		List<String> notes = dialog.find().comboWithId(MandateEditorIds.RESPONSE_NOTE).items();
		int noteCount = read(() -> (int) mandate.getActions().stream().filter(NoteVerbale.class::isInstance).count());
		assertEquals(noteCount, notes.size(), notes::toString);
		List<String> states = dialog.find().comboWithId(MandateEditorIds.RESPONSE_STATE).items();
		assertEquals(read(() -> store.root().getStates().size()), states.size());
		assertFalse(dialog.button("OK").isEnabled(), "OK waits for a State"); //$NON-NLS-1$ //$NON-NLS-2$
		String state = states.getFirst();
		dialog.find().comboWithId(MandateEditorIds.RESPONSE_STATE).select(state);
		dialog.find().textWithId(MandateEditorIds.RESPONSE_DATE).setText(LocalDate.now().toString());
		dialog.find().textWithId(MandateEditorIds.RESPONSE_SUMMARY_EN).setText("Reports a new training programme."); //$NON-NLS-1$
		dialog.find().textWithId(MandateEditorIds.RESPONSE_SUMMARY_ZH).setText("\u62a5\u544a\u4e86\u65b0\u7684\u57f9\u8bad\u8ba1\u5212\u3002"); //$NON-NLS-1$
		robot.captureScreenshot("mandate-en-new-response"); //$NON-NLS-1$
		dialog.button("OK").click(); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the reply to count", //$NON-NLS-1$
				() -> figures().contains("Replies / States addressed: " + (before.replies() + 1) + " / "))); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> summaries = read(() -> mandate.getActions().stream().filter(NoteVerbale.class::isInstance)
				.map(NoteVerbale.class::cast).flatMap(n -> n.getResponses().stream())
				.filter(r -> LocalDate.now().equals(r.getReceivedDate()) && r.isSubstantive())
				.flatMap(r -> r.getTopicSummaries().stream())
				.flatMap(t -> t.getSummary().getValues().stream()).map(v -> v.getLanguage() + ':' + v.getValue()).toList());
		assertEquals(List.of("en:Reports a new training programme.", "zh:\u62a5\u544a\u4e86\u65b0\u7684\u57f9\u8bad\u8ba1\u5212\u3002"), summaries); //$NON-NLS-1$ //$NON-NLS-2$
		robot.menu("Edit").menu("Undo").click(); //$NON-NLS-1$ //$NON-NLS-2$
		robot.waitUntil(Condition.of("undo to remove the reply", //$NON-NLS-1$
				() -> figures().contains("Replies / States addressed: " + before.replies() + " / "))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	@Order(9)
	void navigatorFollowsTheActiveEditor() {
		MPart editor = waitForOpenEditor();
		RobotTree tree = robot.treeWithId(WidgetIds.NAVIGATOR_TREE);
		tree.select("Mandates"); //$NON-NLS-1$
		tree.item("Mandates").collapse(); //$NON-NLS-1$
		robot.syncExec("activate another part, then the editor", () -> { //$NON-NLS-1$
			EPartService parts = editor.getContext().get(EPartService.class);
			parts.activate(parts.findPart(NAVIGATOR_PART));
			parts.activate(editor);
		});
		robot.waitUntil(Condition.of("the navigator to select the edited mandate", //$NON-NLS-1$
				() -> List.of(MANDATE_LABEL).equals(tree.selection())));
		assertTrue(tree.item("Mandates").isExpanded(), "the mandate is revealed"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** As a right-click does: the navigator becomes the active part, then the item is selected. */
	private static void selectInNavigator(String... path) {
		robot.syncExec("activate the navigator", () -> { //$NON-NLS-1$
			EPartService parts = workbench.window().getContext().get(EPartService.class);
			parts.activate(parts.findPart(NAVIGATOR_PART));
		});
		robot.treeWithId(WidgetIds.NAVIGATOR_TREE).select(path);
	}

	private static Object activeSelection() {
		return read(() -> workbench.window().getContext().getActiveLeaf().get(IServiceConstants.ACTIVE_SELECTION));
	}

	private static MPart waitForOpenEditor() {
		robot.waitUntil(Condition.of("the mandate editor to be open", () -> openEditors().size() == 1)); //$NON-NLS-1$
		return openEditors().getFirst();
	}

	private static boolean canExecute(String commandId) {
		return read(() -> {
			IEclipseContext context = workbench.window().getContext();
			ParameterizedCommand command = context.get(ECommandService.class).createCommand(commandId, null);
			return context.get(EHandlerService.class).canExecute(command);
		});
	}

	/** Runs a context menu command on the navigator's selection; its dialog is modal, so without waiting. */
	private static void runFromTheNavigator(String commandId) {
		robot.waitUntil(Condition.of(commandId + " to be enabled", () -> canExecute(commandId))); //$NON-NLS-1$
		robot.display().asyncExec(() -> {
			IEclipseContext context = workbench.window().getContext();
			ParameterizedCommand command = context.get(ECommandService.class).createCommand(commandId, null);
			context.get(EHandlerService.class).executeHandler(command);
		});
	}

	private static boolean saveNow() {
		robot.menu("File").menu("Save").click(); //$NON-NLS-1$ //$NON-NLS-2$
		return !read(store::isDirty);
	}

	private static String figures() {
		return robot.labelWithId(MandateEditorIds.PROGRESS_FIGURES).getText();
	}

	/** All texts of one body column, read from the data layer: the viewport shows only some rows. */
	private static List<String> bodyColumn(RobotNatTable table, int column) {
		return robot.syncExec("read a body column", () -> { //$NON-NLS-1$
			ILayer layer = ((GridLayer) ((NatTable) table.widget()).getLayer()).getBodyLayer();
			while (!(layer instanceof DataLayer)) {
				layer = layer.getUnderlyingLayerByPosition(0, 0);
			}
			DataLayer data = (DataLayer) layer;
			return IntStream.range(0, data.getRowCount())
					.mapToObj(row -> String.valueOf(data.getDataValue(column, row))).toList();
		});
	}

	private static List<MPart> openEditors() {
		return robot.syncExec("find mandate editors", () -> workbench.window().getContext().get(EModelService.class) //$NON-NLS-1$
				.findElements(workbench.window(), MandateEditorIds.PART_DESCRIPTOR, MPart.class).stream()
				.filter(p -> p.getWidget() != null).toList());
	}

	private static MPart waitForEditor() {
		robot.waitUntil(Condition.of("the mandate editor to be open", () -> openEditors().size() == 1)); //$NON-NLS-1$
		MPart editor = openEditors().getFirst();
		robot.waitUntil(Condition.of("the editor to be active", //$NON-NLS-1$
				() -> read(() -> editor.getContext().get(EPartService.class).getActivePart() == editor)));
		return editor;
	}

	private static <T> T read(Callable<T> value) {
		return robot.syncExec("read the model", value); //$NON-NLS-1$
	}
}
