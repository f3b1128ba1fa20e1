package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.store.DemoWorkspace;
import org.mandateworkbench.store.ModelStore;
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
	void navigatorShowsTheDemoModelAndItsSourceDocuments() throws Exception {
		RobotTree tree = robot.treeWithId(WidgetIds.NAVIGATOR_TREE);
		assertEquals(List.of("Bodies and meetings", "Documents", "Mandates", "States", "Source documents"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				tree.items());

		String body = tree.expandNode("Bodies and meetings").items().stream() //$NON-NLS-1$
				.filter(label -> label.startsWith("CAC/COSP/EG.1")).findFirst() //$NON-NLS-1$
				.orElseThrow(() -> new AssertionError("no expert meeting among " + tree.item("Bodies and meetings").items())); //$NON-NLS-1$ //$NON-NLS-2$
		tree.select("Bodies and meetings", body); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the preview to show the body", //$NON-NLS-1$
				() -> robot.labelWithId(WidgetIds.PREVIEW_FACTS).getText().startsWith("Kind: Body"))); //$NON-NLS-1$
		assertTrue(tree.expandNode("Bodies and meetings", body).items().stream().anyMatch(l -> l.startsWith("Meeting 8")), //$NON-NLS-1$ //$NON-NLS-2$
				() -> tree.item("Bodies and meetings", body).items().toString()); //$NON-NLS-1$
		robot.captureScreenshot("workbench-en-navigator-model"); //$NON-NLS-1$

		List<String> sources = tree.expandNode("Source documents").items(); //$NON-NLS-1$
		String firstDocument = DemoWorkspace.listedFiles().get(0);
		String name = firstDocument.substring(firstDocument.lastIndexOf('/') + 1);
		assertTrue(sources.contains(name), () -> "sources " + sources + " lack " + name); //$NON-NLS-1$ //$NON-NLS-2$
		tree.select("Source documents", name); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the preview to show " + name, //$NON-NLS-1$
				() -> name.equals(robot.labelWithId(WidgetIds.PREVIEW_TITLE).getText())));
		assertFalse(robot.textWithId(WidgetIds.PREVIEW_TEXT).getText().isBlank(), "the document's text is previewed"); //$NON-NLS-1$
		robot.captureScreenshot("workbench-en-navigator"); //$NON-NLS-1$
	}


	@Test
	void editsAreUndoneRedoneAndSavedThroughTheMenus() {
		ModelStore store = robot.syncExec("find the model store", () -> workbench.window().getContext().get(ModelStore.class)); //$NON-NLS-1$
		Mandate mandate = robot.syncExec("pick a mandate", () -> store.root().getMandates().get(0)); //$NON-NLS-1$
		MandateStatus before = robot.syncExec("read the status", mandate::getStatus); //$NON-NLS-1$
		MandateStatus changed = before == MandateStatus.DISCONTINUED ? MandateStatus.COMPLETED : MandateStatus.DISCONTINUED;
		robot.syncExec("change the status", () -> store.execute(SetCommand.create(store.editingDomain(), mandate, //$NON-NLS-1$
				MandatesPackage.Literals.MANDATE__STATUS, changed)));

		robot.menu("Edit").menu("Undo").click(); //$NON-NLS-1$ //$NON-NLS-2$
		robot.waitUntil(Condition.of("the status to be restored", () -> robot.syncExec("read", mandate::getStatus) == before)); //$NON-NLS-1$ //$NON-NLS-2$
		robot.menu("Edit").menu("Redo").click(); //$NON-NLS-1$ //$NON-NLS-2$
		robot.waitUntil(Condition.of("the change to be redone", () -> robot.syncExec("read", mandate::getStatus) == changed)); //$NON-NLS-1$ //$NON-NLS-2$

		robot.menu("File").menu("Save").click(); //$NON-NLS-1$ //$NON-NLS-2$
		robot.waitUntil(Condition.of("the model to be saved", () -> !robot.syncExec("read", store::isDirty))); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(robot.syncExec("read the journal", () -> store.journal().entriesTouching(mandate.getId())).isEmpty(), //$NON-NLS-1$
				"the save is journalled"); //$NON-NLS-1$
	}
}
