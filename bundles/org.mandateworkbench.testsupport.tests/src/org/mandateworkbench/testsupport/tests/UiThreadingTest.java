package org.mandateworkbench.testsupport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.testsupport.robot.RobotTimeoutException;
import org.mandateworkbench.testsupport.robot.UiThreadRunner;

class UiThreadingTest extends SampleUiTestCase {

    @Test
    void uiRunsOnItsOwnThreadNotTheTestThread() {
        Thread uiThread = robot.syncExec("read thread", Thread::currentThread);
        assertSame(ui.thread(), uiThread);
        assertNotSame(Thread.currentThread(), uiThread);
        assertSame(uiThread, robot.display().getThread());
    }

    @Test
    void blockedUiThreadMakesTheRobotFailWithATimeout() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        robot.display().asyncExec(() -> {
            blocked.countDown();
            awaitQuietly(release);
        });
        try {
            assertTrue(blocked.await(5, TimeUnit.SECONDS));
            long start = System.nanoTime();
            RobotTimeoutException failure = assertThrows(RobotTimeoutException.class,
                    () -> robot.withUiTimeout(Duration.ofMillis(500)).button("Apply"));
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            assertTrue(elapsed >= 500 && elapsed < 5000, "waited " + elapsed + " ms");
            String message = failure.getMessage();
            assertTrue(message.contains("The UI thread 'mwb-shared-ui' did not respond within 500 ms"), message);
            assertTrue(message.contains("find Button with text 'Apply'"), message);
            assertTrue(message.contains("awaitQuietly"), message);
        } finally {
            release.countDown();
        }
    }

    @Test
    void workThatTimedOutIsNeverRunLater() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        robot.display().asyncExec(() -> awaitQuietly(release));
        AtomicBoolean ran = new AtomicBoolean();
        try {
            assertThrows(RobotTimeoutException.class,
                    () -> robot.withUiTimeout(Duration.ofMillis(200)).syncExec("mark", () -> ran.set(true)));
        } finally {
            release.countDown();
        }
        robot.syncExec("drain the queue", () -> {
        });
        assertFalse(ran.get());
    }

    @Test
    void nestedCallsOnTheUiThreadRunDirectly() {
        Thread inner = robot.syncExec("outer", () -> robot.syncExec("inner", Thread::currentThread));
        assertSame(ui.thread(), inner);
    }

    @Test
    void exceptionsOnTheUiThreadReachTheTest() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> robot.syncExec("fail", () -> {
                    throw new IllegalStateException("no mandate selected");
                }));
        assertEquals("no mandate selected", failure.getMessage());
    }

    @Test
    void uiMainThatCreatesNoDisplayIsReported() {
        RobotTimeoutException failure = assertThrows(RobotTimeoutException.class,
                () -> UiThreadRunner.run("mwb-broken-ui", () -> {
                    throw new IllegalStateException("workbench model missing");
                }));
        assertTrue(failure.getMessage().contains("'mwb-broken-ui' ended without creating a Display"),
                failure.getMessage());
        assertEquals("workbench model missing", failure.getCause().getMessage());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
