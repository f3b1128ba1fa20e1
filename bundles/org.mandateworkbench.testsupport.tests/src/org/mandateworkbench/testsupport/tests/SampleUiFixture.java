package org.mandateworkbench.testsupport.tests;

import java.time.Duration;

import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.testsupport.robot.UiThreadRunner;

/** Opens a fresh {@link SampleUi} on the shared UI thread and closes it again. */
final class SampleUiFixture implements AutoCloseable {

    private final UiThreadRunner ui = UiThreadRunner.shared();
    private final SwtRobot robot = ui.robot().withTimeout(Duration.ofSeconds(5));
    private final SampleUi sample = robot.syncExec("open the sample UI", () -> new SampleUi(ui.display()));

    UiThreadRunner ui() {
        return ui;
    }

    SwtRobot robot() {
        return robot;
    }

    SampleUi sample() {
        return sample;
    }

    @Override
    public void close() {
        robot.syncExec("close the sample UI", () -> sample.shell().dispose());
    }
}
