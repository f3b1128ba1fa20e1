package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.document.DocumentReaderIds;
import org.mandateworkbench.ui.document.internal.DocumentReaderPart;

/**
 * The document reader in the Chinese UI: a request without a language shows the Chinese version, its
 * messages and language switch are Chinese, and a paragraph the version lacks is said to be missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ScreenshotOnFailureExtension.class)
class ChineseDocumentReaderWorkbenchTest {

	private RunningWorkbench workbench;
	private SwtRobot robot;
	private DocumentReaderSteps reader;

	@BeforeAll
	void start() throws Exception {
		workbench = RunningWorkbench.startInLanguage("zh"); //$NON-NLS-1$
		robot = workbench.robot();
		reader = new DocumentReaderSteps(workbench);
		reader.giveTheDocumentItsTexts();
	}

	@AfterAll
	void close() throws Exception {
		workbench.close();
	}

	@Test
	void showsTheChineseVersionWithChineseLabels() {
		reader.post(new OpenRequest(reader.document(), "45", null)); //$NON-NLS-1$
		MPart shown = reader.waitForActiveReader();
		reader.waitForHighlight(shown, "45. 缔约国应在腐败案件中"); //$NON-NLS-1$
		assertEquals("zh", reader.read(shown, DocumentReaderPart::shownLanguage)); //$NON-NLS-1$
		assertEquals("已突出显示第45段。", reader.read(shown, DocumentReaderPart::messageText)); //$NON-NLS-1$
		assertEquals(List.of("英文", "中文"), robot.comboWithId(DocumentReaderIds.LANGUAGE).items()); //$NON-NLS-1$ //$NON-NLS-2$
		robot.captureScreenshot("reader-zh-paragraph"); //$NON-NLS-1$

		robot.comboWithId(DocumentReaderIds.LANGUAGE).select("英文"); //$NON-NLS-1$
		reader.waitForHighlight(shown, "45. States parties"); //$NON-NLS-1$
		robot.captureScreenshot("reader-zh-english-version"); //$NON-NLS-1$

		reader.post(new OpenRequest(reader.document(), "99", "zh")); //$NON-NLS-1$ //$NON-NLS-2$
		robot.waitUntil(Condition.of("the missing paragraph to be reported", //$NON-NLS-1$
				() -> "中文本中没有第99段；从头显示。".equals(reader.read(shown, DocumentReaderPart::messageText)))); //$NON-NLS-1$
		assertTrue(reader.read(shown, DocumentReaderPart::highlightedText).isEmpty());
	}
}
