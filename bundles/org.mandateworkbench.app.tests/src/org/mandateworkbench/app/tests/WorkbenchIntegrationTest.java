package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.store.DemoWorkspace;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.RobotTree;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.Roles;
import org.mandateworkbench.ui.WidgetIds;

/** Starts the real product application in English on the demo workspace and drives it. */
@ExtendWith(ScreenshotOnFailureExtension.class)
class WorkbenchIntegrationTest {

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
	void mainWindowIsTitledMandateWorkbench() {
		assertEquals("Mandate Workbench", robot.syncExec("read the window title", () -> workbench.window().getLocalizedLabel())); //$NON-NLS-1$ //$NON-NLS-2$
		robot.shell("Mandate Workbench"); //$NON-NLS-1$
	}

	@Test
	void offersTheThreeRoleLayouts() {
		List<String> perspectives = workbench.perspectives().stream().map(MPerspective::getElementId).toList();
		assertEquals(Roles.perspectiveIds(), perspectives);
		for (String role : List.of("Secretariat", "Bureau", "Delegate")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertTrue(robot.toolItem(role).isEnabled(), role);
		}
	}

	@Test
	void switchesRoleLayoutFromToolBarAndMenu() {
		robot.toolItem("Bureau").click(); //$NON-NLS-1$
		workbench.waitForRole(Roles.BUREAU);
		assertTrue(robot.toolItem("Bureau").isSelected()); //$NON-NLS-1$
		robot.captureScreenshot("workbench-en-bureau"); //$NON-NLS-1$

		robot.menu("Role").menu("Delegate").click(); //$NON-NLS-1$ //$NON-NLS-2$
		workbench.waitForRole(Roles.DELEGATE);
		assertTrue(robot.toolItem("Delegate").isSelected()); //$NON-NLS-1$
		assertFalse(robot.toolItem("Bureau").isSelected()); //$NON-NLS-1$
		robot.captureScreenshot("workbench-en-delegate"); //$NON-NLS-1$

		robot.toolItem("Secretariat").click(); //$NON-NLS-1$
		workbench.waitForRole(Roles.SECRETARIAT);
		robot.captureScreenshot("workbench-en-secretariat"); //$NON-NLS-1$
	}

	@Test
	void navigatorShowsTheDemoWorkspaceAndPreviewsTheSelection() throws Exception {
		RobotTree tree = robot.treeWithId(WidgetIds.NAVIGATOR_TREE);
		List<String> topLevel = tree.items();
		List<String> demoFolders = DemoWorkspace.listedFiles().stream().map(path -> path.split("/")[0]).distinct() //$NON-NLS-1$
				.toList();
		assertTrue(topLevel.containsAll(demoFolders), () -> "navigator shows " + topLevel + ", demo has " + demoFolders); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(topLevel.contains("workspace.properties"), "the workspace's own files stay hidden"); //$NON-NLS-1$ //$NON-NLS-2$

		String firstDocument = DemoWorkspace.listedFiles().get(0);
		String[] path = firstDocument.split("/"); //$NON-NLS-1$
		tree.select(path);
		robot.waitUntil(Condition.of("the preview to show " + firstDocument, //$NON-NLS-1$
				() -> path[path.length - 1].equals(robot.labelWithId(WidgetIds.PREVIEW_TITLE).getText())));
		assertFalse(robot.textWithId(WidgetIds.PREVIEW_TEXT).getText().isBlank(), "the document's text is previewed"); //$NON-NLS-1$
		robot.captureScreenshot("workbench-en-navigator"); //$NON-NLS-1$
	}

}
