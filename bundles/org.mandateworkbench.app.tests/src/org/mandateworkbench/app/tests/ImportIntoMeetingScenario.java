package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.symbol.DocumentSymbol;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotShell;
import org.mandateworkbench.testsupport.robot.RobotTable;
import org.mandateworkbench.testsupport.robot.RobotTree;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.ingest.ImportIntoMeetingAddon;
import org.mandateworkbench.ui.ingest.ImportWidgetIds;

/**
 * The navigator's Import into This Meeting on the demo's seventh expert meeting, in one UI language:
 * the wizard starts with that meeting as the target, a report without a meeting line goes to it and
 * shows under it in the navigator, and a note of another body is flagged and placed as it says once
 * the reviewer chooses so. Each language runs in a workbench of its own (see the test classes).
 */
abstract class ImportIntoMeetingScenario {

	private static final String BODY = "CAC/COSP/EG.1"; //$NON-NLS-1$
	private static final String TARGET_KEY = "CAC/COSP/EG.1/7"; //$NON-NLS-1$
	private static final String TARGET = TARGET_KEY + " (2018-06-08)"; //$NON-NLS-1$
	private static final String NAVIGATOR_PART = "org.mandateworkbench.ui.part.navigator"; //$NON-NLS-1$

	/**
	 * What differs per language.
	 *
	 * @param language         the UI language tag
	 * @param bodiesAndMeetings the navigator's group of bodies
	 * @param meetingLabel     how the navigator's label of the seventh meeting starts
	 * @param wizardTitle      the wizard's title
	 * @param matched          the review table's word for "already there"
	 * @param meetingCategory  the review table's word for a meeting
	 * @param report           a report naming no meeting of its own, and its symbol
	 * @param reportSymbol     the report's symbol
	 * @param otherNote        a note of another body, and its symbol
	 * @param otherSymbol      the note's symbol
	 * @param conflictPhrase   words of the warning for a file naming another meeting
	 */
	record Texts(String language, String bodiesAndMeetings, String meetingLabel, String wizardTitle, String matched,
			String meetingCategory, String report, String reportSymbol, String otherNote, String otherSymbol,
			String conflictPhrase) {
	}

	static RunningWorkbench workbench;
	static SwtRobot robot;

	static void start(String language) throws Exception {
		workbench = RunningWorkbench.startInLanguage(language);
		robot = workbench.robot();
	}

	static void close() throws Exception {
		workbench.close();
	}

	void importsIntoTheSelectedMeeting(Texts texts) throws Exception {
		Path folder = Files.createTempDirectory("import-into-meeting"); //$NON-NLS-1$
		Path report = Files.writeString(folder.resolve("report-" + texts.language() + ".txt"), texts.report(), //$NON-NLS-1$ //$NON-NLS-2$
				StandardCharsets.UTF_8);
		Path other = Files.writeString(folder.resolve("wg3-note.txt"), texts.otherNote(), StandardCharsets.UTF_8); //$NON-NLS-1$
		try {
			run(texts, report, other);
		} finally {
			Files.delete(report);
			Files.delete(other);
			Files.delete(folder);
		}
	}

	private static void run(Texts texts, Path report, Path other) {
		String shot = "import-into-meeting-" + texts.language() + "-"; //$NON-NLS-1$ //$NON-NLS-2$
		ModelStore store = robot.syncExec("find the model store", //$NON-NLS-1$
				() -> workbench.window().getContext().get(ModelStore.class));
		RobotTree tree = robot.treeWithId(WidgetIds.NAVIGATOR_TREE);
		String group = texts.bodiesAndMeetings();
		String body = startingWith(tree.expandNode(group).items(), BODY + "  "); //$NON-NLS-1$
		String meetingLabel = startingWith(tree.expandNode(group, body).items(), texts.meetingLabel());
		selectInNavigator(tree, group, body, meetingLabel);
		Meeting seventh = robot.syncExec("read the selection", () -> (Meeting) workbench.window().getContext() //$NON-NLS-1$
				.getActiveLeaf().get(IServiceConstants.ACTIVE_SELECTION));

		RobotShell wizard = openImportIntoThisMeeting(texts.wizardTitle());
		assertEquals(TARGET, wizard.find().comboWithId(ImportWidgetIds.MEETING).getText(),
				"the first page shows the chosen meeting"); //$NON-NLS-1$
		for (Path file : List.of(report, other)) {
			wizard.textWithId(ImportWidgetIds.PATH).setText(file.toString());
			wizard.buttonWithId(ImportWidgetIds.ADD).click();
		}
		robot.captureScreenshot(shot + "choose"); //$NON-NLS-1$
		wizard.button(DialogButtons.plainText(wizard.robot(), wizard, IDialogConstants.NEXT_ID)).click();

		RobotTable changes = wizard.find().tableWithId(ImportWidgetIds.CHANGES);
		robot.waitUntil(Condition.of("the proposed changes to be listed", () -> changes.rowCount() > 0)); //$NON-NLS-1$
		assertEquals(2, count(changes.rows(), texts), "both files go to the chosen meeting until the reviewer decides"); //$NON-NLS-1$
		String warning = wizard.find().labelWithId(ImportWidgetIds.CONFLICT_MESSAGE).getText();
		assertTrue(warning.contains(other.getFileName().toString()) && warning.contains(texts.otherSymbol())
				&& warning.contains(TARGET) && warning.contains(texts.conflictPhrase()), warning);
		assertTrue(wizard.find().buttonWithId(ImportWidgetIds.CONFLICT_KEEP).isSelected());
		robot.captureScreenshot(shot + "conflict"); //$NON-NLS-1$

		wizard.find().buttonWithId(ImportWidgetIds.CONFLICT_FILE).click();
		robot.waitUntil(Condition.of("the note to be placed as it says", () -> count(changes.rows(), texts) == 1)); //$NON-NLS-1$
		assertTrue(wizard.find().buttonWithId(ImportWidgetIds.CONFLICT_FILE).isSelected());

		wizard.button(DialogButtons.plainText(wizard.robot(), wizard, IDialogConstants.FINISH_ID)).click();
		robot.waitUntil(Condition.of("the wizard to close", () -> !wizard.isOpen())); //$NON-NLS-1$
		assertSame(seventh, robot.syncExec("find the report's meeting", //$NON-NLS-1$
				() -> document(store, texts.reportSymbol()).getMeeting()));
		assertEquals(2L, (long) robot.syncExec("count its recommendations", () -> seventh.getRecommendations() //$NON-NLS-1$
				.stream().filter(r -> r.getDocument() == document(store, texts.reportSymbol())).count()));
		assertNotSame(seventh, robot.syncExec("find the note's meeting", //$NON-NLS-1$
				() -> document(store, texts.otherSymbol()).getMeeting()));
		robot.waitUntil(Condition.of("the report under the meeting in the navigator", //$NON-NLS-1$
				() -> tree.expandNode(group, body, meetingLabel).items().stream()
						.anyMatch(item -> item.startsWith(texts.reportSymbol()))));
		robot.captureScreenshot(shot + "navigator"); //$NON-NLS-1$

		robot.syncExec("undo the import", () -> store.commandStack().undo()); //$NON-NLS-1$
	}

	/** Runs the navigator's context-menu command on its selection; the wizard is modal, so without waiting. */
	private static RobotShell openImportIntoThisMeeting(String title) {
		IEclipseContext context = workbench.window().getContext();
		robot.waitUntil(Condition.of("import into this meeting to be enabled", () -> robot.syncExec("check", //$NON-NLS-1$ //$NON-NLS-2$
				() -> context.get(EHandlerService.class).canExecute(
						context.get(ECommandService.class).createCommand(ImportIntoMeetingAddon.COMMAND_ID, null)))));
		robot.display().asyncExec(() -> context.get(EHandlerService.class)
				.executeHandler(context.get(ECommandService.class).createCommand(ImportIntoMeetingAddon.COMMAND_ID, null)));
		return robot.shell(title);
	}

	private static void selectInNavigator(RobotTree tree, String... path) {
		robot.syncExec("activate the navigator", () -> { //$NON-NLS-1$
			EPartService parts = workbench.window().getContext().get(EPartService.class);
			parts.activate(parts.findPart(NAVIGATOR_PART));
		});
		tree.select(path);
	}

	private static String startingWith(List<String> items, String prefix) {
		return items.stream().filter(item -> item.startsWith(prefix)).findFirst()
				.orElseThrow(() -> new AssertionError(prefix + " not in " + items)); //$NON-NLS-1$
	}

	/** How many rows say the chosen meeting is already there (one per file placed in it). */
	private static long count(List<List<String>> rows, Texts texts) {
		return rows.stream().filter(r -> r.get(0).equals(texts.matched()) && r.get(1).equals(texts.meetingCategory())
				&& r.get(2).equals(TARGET_KEY)).count();
	}

	private static Document document(ModelStore store, String symbol) {
		return store.root().getDocuments().stream().filter(d -> DocumentSymbol.parse(symbol).equals(d.getSymbol()))
				.findFirst().orElse(null);
	}
}
