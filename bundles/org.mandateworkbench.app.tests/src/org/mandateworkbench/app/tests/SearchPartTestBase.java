package org.mandateworkbench.app.tests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;

/** Starts the product in a UI language for one Search part test class and closes it afterwards. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ScreenshotOnFailureExtension.class)
abstract class SearchPartTestBase {

	SearchPartSteps steps;
	RunningWorkbench workbench;
	SwtRobot robot;

	/** @return the UI language tag the product starts in */
	abstract String language();

	@BeforeAll
	void startWorkbench() throws Exception {
		steps = SearchPartSteps.startInLanguage(language());
		workbench = steps.workbench();
		robot = steps.robot();
	}

	@AfterAll
	void closeWorkbench() throws Exception {
		steps.close();
	}
}
