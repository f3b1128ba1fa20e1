package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotCombo;
import org.mandateworkbench.testsupport.robot.RobotShell;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.report.ReportWidgetIds;

/**
 * The report wizard in the English workbench on the demo workspace: Reports > Draft Progress Note...,
 * the seventh expert meeting as of 15 March 2018, a preview that counts 13 replies, and the DOCX saved
 * through Finish, read back with POI.
 */
@ExtendWith(ScreenshotOnFailureExtension.class)
class ReportWizardTest {

	private static final String WIZARD_TITLE = "Draft Progress Note"; //$NON-NLS-1$
	private static final String REPLIES = "As of 15 March 2018, 13 States had replied."; //$NON-NLS-1$

	private static RunningWorkbench workbench;
	private static SwtRobot robot;

	@TempDir
	Path folder;

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
	void theReportsMenuOffersTheFourDrafts() {
		assertEquals(List.of("Draft Progress Note...", "Draft Note Verbale...", "Draft Reminder...", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"Export Statistics Workbook..."), robot.menu("Reports").menuItems()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void draftsThePreviewAndSavesTheProgressNoteOfTheSeventhExpertMeeting() throws Exception {
		RobotShell wizard = ReportWizards.open(robot, "Reports", "Draft Progress Note...", WIZARD_TITLE); //$NON-NLS-1$ //$NON-NLS-2$
		RobotCombo meeting = wizard.find().comboWithId(ReportWidgetIds.MEETING);
		ReportWizards.selectSeventhExpertMeeting(meeting);
		assertEquals(List.of("Collect information from States on the expert meeting's topics and report on it"), //$NON-NLS-1$
				ReportWizards.checkedMandates(robot, wizard), "by default the mandates reported to the meeting"); //$NON-NLS-1$
		ReportWizards.setDate(robot, wizard, 2018, 3, 15);
		wizard.find().comboWithId(ReportWidgetIds.LANGUAGE).select("English"); //$NON-NLS-1$

		wizard.find().buttonWithId(ReportWidgetIds.PREVIEW_BUTTON).click();
		robot.waitUntil(Condition.of("the preview to count the replies", //$NON-NLS-1$
				() -> wizard.find().widgetWithId(ReportWidgetIds.PREVIEW).getText().contains(REPLIES)));
		String preview = wizard.find().widgetWithId(ReportWidgetIds.PREVIEW).getText();
		assertTrue(preview.contains("Item 5 of the provisional agenda"), preview); //$NON-NLS-1$
		assertTrue(preview.contains("* CAC/COSP/EG.1/2018/1."), "the agenda's asterisk footnote: " + preview); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(preview.contains("CAC/COSP/EG.1/2017/3."), "the footnote citing the report: " + preview); //$NON-NLS-1$ //$NON-NLS-2$
		robot.captureScreenshot("report-wizard-en-preview"); //$NON-NLS-1$

		Path docx = folder.resolve("progress-note-eg1-7.docx"); //$NON-NLS-1$
		wizard.find().textWithId(ReportWidgetIds.OUTPUT).setText(docx.toString());
		wizard.button("Finish").click(); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the wizard to save and close", () -> !wizard.isOpen())); //$NON-NLS-1$
		assertTrue(Files.size(docx) > 0, "nothing written to " + docx); //$NON-NLS-1$
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			List<String> numbered = document.getParagraphs().stream()
					.filter(p -> "NumberedParagraph".equals(p.getStyle())).map(XWPFParagraph::getText).toList(); //$NON-NLS-1$
			assertTrue(numbered.stream().anyMatch(t -> t.contains(REPLIES)), numbered.toString());
			for (int i = 0; i < numbered.size(); i++) {
				assertTrue(numbered.get(i).startsWith((i + 1) + ".\t"), numbered.get(i)); //$NON-NLS-1$
			}
			assertEquals("I.\tIntroduction", document.getParagraphs().stream() //$NON-NLS-1$
					.filter(p -> "Heading1".equals(p.getStyle())).findFirst().orElseThrow().getText()); //$NON-NLS-1$
		}
	}

	@Test
	void refusesAFileThatIsNotAWordDocumentWithAPlainMessage() {
		RobotShell wizard = ReportWizards.open(robot, "Reports", "Draft Progress Note...", WIZARD_TITLE); //$NON-NLS-1$ //$NON-NLS-2$
		wizard.find().textWithId(ReportWidgetIds.OUTPUT).setText(folder.resolve("note.txt").toString()); //$NON-NLS-1$
		wizard.button("Finish").click(); //$NON-NLS-1$
		String message = "The file name must end in .docx."; //$NON-NLS-1$
		// The wizard shows its page's error message in a label or a read-only text, by JFace version.
		wizard.find().widget(Control.class, "the error message '" + message + "'", //$NON-NLS-1$ //$NON-NLS-2$
				control -> control instanceof Text text && text.getText().contains(message)
						|| control instanceof Label label && label.getText().contains(message));
		assertTrue(wizard.isOpen());
		wizard.button("Cancel").click(); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the wizard to close", () -> !wizard.isOpen())); //$NON-NLS-1$
		assertTrue(Files.notExists(folder.resolve("note.txt"))); //$NON-NLS-1$
	}
}
