package org.mandateworkbench.testsupport.tests;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.testsupport.robot.UiThreadRunner;

/**
 * Opens a fresh {@link SampleUi} on the shared UI thread before each test and closes it after.
 * The tests themselves run on the test thread and reach the UI only through the robot.
 */
@ExtendWith(ScreenshotOnFailureExtension.class)
abstract class SampleUiTestCase {

    /** One UI thread for the whole run: GTK allows one Display at a time. */
    protected final UiThreadRunner ui = UiThreadRunner.shared();
    protected SwtRobot robot;
    protected SampleUi sample;

    @BeforeEach
    void openSample() {
        robot = ui.robot().withTimeout(Duration.ofSeconds(5));
        sample = robot.syncExec("open the sample UI", () -> new SampleUi(ui.display()));
    }

    @AfterEach
    void closeSample() {
        robot.syncExec("close the sample UI", () -> sample.shell().dispose());
    }

    /** @return the events the sample UI's listeners saw, in order */
    protected List<String> log() {
        return sample.log();
    }
}
