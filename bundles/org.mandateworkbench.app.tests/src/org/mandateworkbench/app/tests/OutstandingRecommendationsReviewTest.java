package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.model.progress.OutstandingRecommendations;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotNatTable;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.Roles;
import org.mandateworkbench.ui.WidgetIds;

/**
 * The Bureau layout's review of outstanding recommendations, in English on the demo workspace:
 * the table lists what the query finds and the filter narrows it.
 */
@ExtendWith(ScreenshotOnFailureExtension.class)
class OutstandingRecommendationsReviewTest {

	/** Robot coordinates of the paragraph column: the row-number header takes column 0. */
	private static final int PARAGRAPH_COLUMN = 3;

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
	void listsTheOutstandingRecommendationsAndFiltersThem() {
		robot.toolItem("Bureau").click(); //$NON-NLS-1$
		workbench.waitForRole(Roles.BUREAU);
		ModelStore store = robot.syncExec("find the model store", () -> workbench.window().getContext().get(ModelStore.class)); //$NON-NLS-1$
		int outstanding = robot.syncExec("count outstanding recommendations", //$NON-NLS-1$
				() -> OutstandingRecommendations.of(store.root(), LocalDate.now()).size());
		assertTrue(outstanding > 0, "the demo workspace has outstanding recommendations"); //$NON-NLS-1$

		RobotNatTable table = robot.natTableWithId(WidgetIds.REVIEW_TABLE);
		assertEquals(outstanding + " of " + outstanding + " recommendations", //$NON-NLS-1$ //$NON-NLS-2$
				robot.labelWithId(WidgetIds.REVIEW_COUNT).getText());
		assertEquals("Paragraph", table.cellText(0, PARAGRAPH_COLUMN)); //$NON-NLS-1$
		int shownRows = table.rowCount() - 1;
		assertTrue(shownRows > 0 && shownRows <= outstanding, () -> shownRows + " rows for " + outstanding); //$NON-NLS-1$
		robot.captureScreenshot("review-en-all"); //$NON-NLS-1$

		robot.textWithId(WidgetIds.REVIEW_FILTER).typeText("47"); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the filter to narrow the rows", //$NON-NLS-1$
				() -> !robot.labelWithId(WidgetIds.REVIEW_COUNT).getText().startsWith(outstanding + " of"))); //$NON-NLS-1$
		String count = robot.labelWithId(WidgetIds.REVIEW_COUNT).getText();
		int matching = Integer.parseInt(count.substring(0, count.indexOf(' ')));
		assertTrue(matching > 0 && matching < outstanding, count);
		assertEquals(matching, table.rowCount() - 1, "every matching row is shown"); //$NON-NLS-1$
		for (int row = 1; row <= matching; row++) {
			String paragraph = table.cellText(row, PARAGRAPH_COLUMN);
			assertTrue(paragraph.contains("47"), () -> "paragraph " + paragraph + " in " + table.row(1)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		robot.captureScreenshot("review-en-filtered"); //$NON-NLS-1$
	}
}
