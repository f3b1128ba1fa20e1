package org.mandateworkbench.testsupport.robot;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: when a test fails, saves a PNG of the active shell named
 * {@code <TestClass>.<testMethod>} (see {@link Screenshots} for the directory) and publishes its path
 * as report entry "screenshot". Use with {@code @ExtendWith(ScreenshotOnFailureExtension.class)}.
 * <p>
 * It drives the UI through an {@link SwtRobot} or {@link UiThreadRunner} field of the test class
 * (instance or static), else through the robot created last. It runs before {@code @AfterEach}, so
 * the failing UI is still open. A screenshot that cannot be taken is reported on standard error and
 * never hides the test's own failure.
 */
public final class ScreenshotOnFailureExtension implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "."
                + context.getTestMethod().map(method -> method.getName()).orElse(context.getDisplayName());
        SwtRobot robot = robotOf(context);
        if (robot == null) {
            System.err.println("No SwtRobot found for the failure screenshot of " + name);
            return;
        }
        try {
            Path file = robot.withTimeout(Duration.ofSeconds(2)).withUiTimeout(Duration.ofSeconds(5))
                    .captureScreenshot(name);
            context.publishReportEntry("screenshot", file.toString());
        } catch (RuntimeException | AssertionError e) {
            System.err.println("Could not save the failure screenshot of " + name + ": " + e);
        }
    }

    private static SwtRobot robotOf(ExtensionContext context) {
        Object instance = context.getTestInstance().orElse(null);
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                SwtRobot robot = robotIn(field, instance);
                if (robot != null) {
                    return robot;
                }
            }
        }
        return SwtRobot.lastCreated();
    }

    private static SwtRobot robotIn(Field field, Object instance) {
        boolean isStatic = Modifier.isStatic(field.getModifiers());
        if (!isStatic && instance == null) {
            return null;
        }
        Object value;
        try {
            field.setAccessible(true);
            value = field.get(isStatic ? null : instance);
        } catch (ReflectiveOperationException | RuntimeException inaccessible) {
            return null;
        }
        if (value instanceof SwtRobot robot) {
            return robot;
        }
        if (value instanceof UiThreadRunner runner && runner.display() != null && !runner.display().isDisposed()) {
            return new SwtRobot(runner.display());
        }
        return null;
    }
}
