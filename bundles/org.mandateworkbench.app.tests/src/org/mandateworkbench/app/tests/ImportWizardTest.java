package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.custom.StyledText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.symbol.DocumentSymbol;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotShell;
import org.mandateworkbench.testsupport.robot.RobotTable;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.ingest.ImportWidgetIds;

/**
 * File > Import Documents in English on the demo workspace: a file is chosen, analyzed and reviewed
 * (selecting a row highlights its source, unchecking rejects it), and Finish commits one command.
 */
@ExtendWith(ScreenshotOnFailureExtension.class)
class ImportWizardTest {

	private static final String SYMBOL = "CAC/COSP/EG.1/2021/7"; //$NON-NLS-1$
	/** A made-up note in the layout of the Secretariat's notes. */
	private static final String NOTE = """
			CAC/COSP/EG.1/2021/7

			Distr.: General
			3 August 2021
			English
			Original: English

			Open-ended intergovernmental expert meeting to enhance international cooperation
			Vienna, 8-10 November 2021
			Item 2 of the provisional agenda
			Tracking the requests sent to States

			Tracking the requests sent to States

			Note by the Secretariat

			I. Conclusions and recommendations

			1. The expert meeting may wish to recommend that:
			(a) The Secretariat should publish a yearly table of replies;
			(b) States parties are encouraged to answer within three months.
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
	void reviewsAndImportsADocumentAsOneUndoableCommand() throws Exception {
		Path file = Files.createTempFile("tracking-note", ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.writeString(file, NOTE, StandardCharsets.UTF_8);
			importAndUndo(file);
		} finally {
			Files.delete(file);
		}
	}

	private static void importAndUndo(Path file) {
		assertTrue(robot.menu("File").menu("Import Documents...").isEnabled()); //$NON-NLS-1$ //$NON-NLS-2$
		IEclipseContext context = workbench.window().getContext();
		ModelStore store = robot.syncExec("find the model store", () -> context.get(ModelStore.class)); //$NON-NLS-1$
		assertNull(document(store));

		RobotShell wizard = ImportWizards.open(workbench, "Import Documents"); //$NON-NLS-1$
		wizard.textWithId(ImportWidgetIds.PATH).setText(file.toString());
		wizard.buttonWithId(ImportWidgetIds.ADD).click();
		assertEquals(List.of(file.toString()), wizard.find().listWithId(ImportWidgetIds.FILES).items());
		robot.captureScreenshot("import-en-files"); //$NON-NLS-1$
		wizard.button("Next >").click(); //$NON-NLS-1$

		RobotTable changes = wizard.find().tableWithId(ImportWidgetIds.CHANGES);
		robot.waitUntil(Condition.of("the proposed changes to be listed", () -> changes.rowCount() > 0)); //$NON-NLS-1$
		List<List<String>> rows = changes.rows();
		int first = rowOf(rows, "New", "Recommendation", "1(a)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		int second = rowOf(rows, "New", "Recommendation", "1(b)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(rowOf(rows, "New", "Document", SYMBOL) >= 0, rows::toString); //$NON-NLS-1$ //$NON-NLS-2$

		changes.select(first);
		String highlighted = robot.syncExec("read the highlighted source", //$NON-NLS-1$
				() -> ((StyledText) wizard.find().widgetWithId(ImportWidgetIds.SOURCE).widget()).getSelectionText());
		assertTrue(highlighted.contains("yearly table of replies"), highlighted); //$NON-NLS-1$
		String before = wizard.find().labelWithId(ImportWidgetIds.SUMMARY).getText();
		changes.check(second, false);
		robot.waitUntil(Condition.of("the summary to count the rejected change", //$NON-NLS-1$
				() -> !before.equals(wizard.find().labelWithId(ImportWidgetIds.SUMMARY).getText())));
		robot.captureScreenshot("import-en-review"); //$NON-NLS-1$

		wizard.button("Finish").click(); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the wizard to close", () -> !wizard.isOpen())); //$NON-NLS-1$
		Document imported = robot.syncExec("find the imported document", () -> document(store)); //$NON-NLS-1$
		assertNotNull(imported);
		List<String> letters = robot.syncExec("list its recommendations", () -> imported.getMeeting().getRecommendations() //$NON-NLS-1$
				.stream().filter(r -> r.getDocument() == imported).map(r -> r.getLetter()).toList());
		assertEquals(List.of("a"), letters, "(b) was rejected"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(NOTE, robot.syncExec("read the kept text", () -> imported.getVersions().get(0).getText())); //$NON-NLS-1$

		robot.syncExec("undo the import", () -> store.commandStack().undo()); //$NON-NLS-1$
		assertNull(robot.syncExec("look for the document again", () -> document(store)), "one undo takes it all back"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(robot.syncExec("check the stack", () -> store.isDirty())); //$NON-NLS-1$
	}

	private static Document document(ModelStore store) {
		return store.root().getDocuments().stream().filter(d -> DocumentSymbol.parse(SYMBOL).equals(d.getSymbol()))
				.findFirst().orElse(null);
	}

	private static int rowOf(List<List<String>> rows, String kind, String category, String label) {
		for (int i = 0; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			if (row.get(0).equals(kind) && row.get(1).equals(category) && row.get(2).equals(label)) {
				return i;
			}
		}
		throw new AssertionError(kind + " " + category + " " + label + " not in " + rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
