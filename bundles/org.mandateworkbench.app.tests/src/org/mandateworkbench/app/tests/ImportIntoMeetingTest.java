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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.symbol.DocumentSymbol;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotShell;
import org.mandateworkbench.testsupport.robot.RobotTable;
import org.mandateworkbench.testsupport.robot.RobotTree;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.WidgetIds;
import org.mandateworkbench.ui.ingest.ImportIntoMeetingAddon;
import org.mandateworkbench.ui.ingest.ImportWidgetIds;

/**
 * The navigator's Import into This Meeting on the demo's seventh expert meeting: the wizard starts with
 * that meeting as the target, a report without a meeting line goes to it and shows under it in the
 * navigator, and a note of another body is flagged and placed as it says once the reviewer chooses so.
 */
@ExtendWith(ScreenshotOnFailureExtension.class)
class ImportIntoMeetingTest {

	private static final String BODY = "CAC/COSP/EG.1"; //$NON-NLS-1$
	private static final String TARGET = "CAC/COSP/EG.1/7 (2018-06-08)"; //$NON-NLS-1$
	private static final String REPORT_SYMBOL = "CAC/COSP/EG.1/2018/9"; //$NON-NLS-1$
	private static final String OTHER_SYMBOL = "CTOC/COP/WG.3/2018/5"; //$NON-NLS-1$
	private static final String NAVIGATOR_PART = "org.mandateworkbench.ui.part.navigator"; //$NON-NLS-1$

	/** A made-up report that names no meeting of its own: only the chosen meeting can place it. */
	private static final String REPORT = """
			CAC/COSP/EG.1/2018/9

			Distr.: General
			20 June 2018
			English
			Original: English

			Summary of the expert discussion on requests for cooperation

			I. Recommendations

			1. The experts agreed on the following recommendations:
			(a) The Secretariat should circulate a checklist for incoming requests;
			(b) States parties are encouraged to acknowledge requests within a week.
			"""; //$NON-NLS-1$

	/** A made-up note of another body's working group, which the file's symbol makes clear. */
	private static final String OTHER_BODY_NOTE = """
			CTOC/COP/WG.3/2018/5

			Distr.: General
			2 May 2018
			English
			Original: English

			Working Group on International Cooperation
			Vienna, 28-29 May 2018
			Item 3 of the provisional agenda
			Joint investigative teams

			Note by the Secretariat

			I. Recommendations

			1. The working group may wish to recommend that:
			(a) The Secretariat should collect model agreements on joint teams.
			"""; //$NON-NLS-1$

	private static RunningWorkbench workbench;
	private static SwtRobot robot;

	@BeforeAll
	static void startWorkbench() throws Exception {
		workbench = RunningWorkbench.startInLanguage("en"); //$NON-NLS-1$
		robot = workbench.robot();
	}

	@AfterAll
	static void closeWorkbench() throws Exception {
		workbench.close();
	}

	@Test
	void importsIntoTheSelectedMeetingAndLetsTheReviewerPlaceAFileNamingAnotherAsItSays() throws Exception {
		Path folder = Files.createTempDirectory("import-into-meeting"); //$NON-NLS-1$
		Path report = Files.writeString(folder.resolve("summary-en.txt"), REPORT, StandardCharsets.UTF_8); //$NON-NLS-1$
		Path other = Files.writeString(folder.resolve("wg3-note.txt"), OTHER_BODY_NOTE, StandardCharsets.UTF_8); //$NON-NLS-1$
		try {
			ModelStore store = robot.syncExec("find the model store", //$NON-NLS-1$
					() -> workbench.window().getContext().get(ModelStore.class));
			RobotTree tree = robot.treeWithId(WidgetIds.NAVIGATOR_TREE);
			String body = startingWith(tree.expandNode("Bodies and meetings").items(), BODY + "  "); //$NON-NLS-1$ //$NON-NLS-2$
			String meetingLabel = startingWith(tree.expandNode("Bodies and meetings", body).items(), "Meeting 7"); //$NON-NLS-1$ //$NON-NLS-2$
			selectInNavigator(tree, "Bodies and meetings", body, meetingLabel); //$NON-NLS-1$
			Meeting seventh = robot.syncExec("read the selection", () -> (Meeting) workbench.window().getContext() //$NON-NLS-1$
					.getActiveLeaf().get(IServiceConstants.ACTIVE_SELECTION));

			RobotShell wizard = openImportIntoThisMeeting();
			assertEquals(TARGET, wizard.find().comboWithId(ImportWidgetIds.MEETING).getText(),
					"the first page shows the chosen meeting"); //$NON-NLS-1$
			for (Path file : List.of(report, other)) {
				wizard.textWithId(ImportWidgetIds.PATH).setText(file.toString());
				wizard.buttonWithId(ImportWidgetIds.ADD).click();
			}
			robot.captureScreenshot("import-into-meeting-en-choose"); //$NON-NLS-1$
			wizard.button("Next >").click(); //$NON-NLS-1$

			RobotTable changes = wizard.find().tableWithId(ImportWidgetIds.CHANGES);
			robot.waitUntil(Condition.of("the proposed changes to be listed", () -> changes.rowCount() > 0)); //$NON-NLS-1$
			assertEquals(2, count(changes.rows(), "Already there", "Meeting", "CAC/COSP/EG.1/7"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"both files go to the chosen meeting until the reviewer decides"); //$NON-NLS-1$
			String warning = wizard.find().labelWithId(ImportWidgetIds.CONFLICT_MESSAGE).getText();
			assertTrue(warning.contains("wg3-note.txt") && warning.contains(OTHER_SYMBOL) && warning.contains(TARGET), //$NON-NLS-1$
					warning);
			assertTrue(wizard.find().buttonWithId(ImportWidgetIds.CONFLICT_KEEP).isSelected());
			robot.captureScreenshot("import-into-meeting-en-conflict"); //$NON-NLS-1$

			wizard.find().buttonWithId(ImportWidgetIds.CONFLICT_FILE).click();
			robot.waitUntil(Condition.of("the note to be placed as it says", //$NON-NLS-1$
					() -> count(changes.rows(), "Already there", "Meeting", "CAC/COSP/EG.1/7") == 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertTrue(wizard.find().buttonWithId(ImportWidgetIds.CONFLICT_FILE).isSelected());

			wizard.button("Finish").click(); //$NON-NLS-1$
			robot.waitUntil(Condition.of("the wizard to close", () -> !wizard.isOpen())); //$NON-NLS-1$
			assertSame(seventh, robot.syncExec("find the report's meeting", //$NON-NLS-1$
					() -> document(store, REPORT_SYMBOL).getMeeting()));
			assertEquals(2, (int) robot.syncExec("count its recommendations", () -> (int) seventh.getRecommendations() //$NON-NLS-1$
					.stream().filter(r -> r.getDocument() == document(store, REPORT_SYMBOL)).count()));
			assertNotSame(seventh, robot.syncExec("find the note's meeting", //$NON-NLS-1$
					() -> document(store, OTHER_SYMBOL).getMeeting()));
			robot.waitUntil(Condition.of("the report under the meeting in the navigator", //$NON-NLS-1$
					() -> tree.expandNode("Bodies and meetings", body, meetingLabel).items().stream() //$NON-NLS-1$
							.anyMatch(item -> item.startsWith(REPORT_SYMBOL))));
			robot.captureScreenshot("import-into-meeting-en-navigator"); //$NON-NLS-1$

			robot.syncExec("undo the import", () -> store.commandStack().undo()); //$NON-NLS-1$
		} finally {
			Files.delete(report);
			Files.delete(other);
			Files.delete(folder);
		}
	}

	/** Runs the navigator's context-menu command on its selection; the wizard is modal, so without waiting. */
	private static RobotShell openImportIntoThisMeeting() {
		IEclipseContext context = workbench.window().getContext();
		robot.waitUntil(Condition.of("import into this meeting to be enabled", () -> robot.syncExec("check", //$NON-NLS-1$ //$NON-NLS-2$
				() -> context.get(EHandlerService.class).canExecute(
						context.get(ECommandService.class).createCommand(ImportIntoMeetingAddon.COMMAND_ID, null)))));
		robot.display().asyncExec(() -> context.get(EHandlerService.class)
				.executeHandler(context.get(ECommandService.class).createCommand(ImportIntoMeetingAddon.COMMAND_ID, null)));
		return robot.shell("Import Documents"); //$NON-NLS-1$
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

	private static long count(List<List<String>> rows, String kind, String category, String label) {
		return rows.stream().filter(r -> r.get(0).equals(kind) && r.get(1).equals(category) && r.get(2).equals(label))
				.count();
	}

	private static Document document(ModelStore store, String symbol) {
		return store.root().getDocuments().stream().filter(d -> DocumentSymbol.parse(symbol).equals(d.getSymbol()))
				.findFirst().orElse(null);
	}
}
