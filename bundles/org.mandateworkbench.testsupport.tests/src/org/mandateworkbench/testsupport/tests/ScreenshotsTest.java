package org.mandateworkbench.testsupport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mandateworkbench.testsupport.robot.ScreenshotOnFailureExtension;
import org.mandateworkbench.testsupport.robot.Screenshots;

class ScreenshotsTest extends SampleUiTestCase {

    @Test
    void activeShellScreenshotIsANonUniformPng() throws IOException {
        Path file = robot.captureScreenshot("sample shell/active");
        assertEquals(Screenshots.directory().resolve("sample_shell_active.png").toAbsolutePath(), file);
        ImageData image = loadPng(file);
        assertEquals(900, image.width);
        assertTrue(image.height > 100, "height " + image.height);
        assertTrue(colourCount(image) > 4, "the screenshot has " + colourCount(image) + " colours");
    }

    @Test
    void widgetScreenshotCoversOnlyThatWidget() throws IOException {
        var table = robot.table();
        int width = robot.syncExec("read table width", () -> table.widget().getSize().x);
        ImageData image = loadPng(table.captureScreenshot("sample table"));
        assertEquals(width, image.width);
        assertTrue(colourCount(image) > 2, "the screenshot has " + colourCount(image) + " colours");
    }

    @Test
    void fileNamesAreSanitized() {
        assertEquals("SwtRobotTest.clicks_Apply__1_.png", Screenshots.fileNameFor("SwtRobotTest.clicks Apply (1)"));
        assertEquals("A_RES_78_1___.png", Screenshots.fileNameFor("A/RES/78/1 \u51b3\u8bae"));
        assertEquals("screenshot.png", Screenshots.fileNameFor(""));
        assertEquals("screenshot.png", Screenshots.fileNameFor(".."));
        assertEquals(124, Screenshots.fileNameFor("x".repeat(500)).length());
    }

    @Test
    void directoryComesFromThePropertyOrElseTargetScreenshots() {
        String configured = System.getProperty(Screenshots.DIRECTORY_PROPERTY);
        try {
            System.setProperty(Screenshots.DIRECTORY_PROPERTY, "/tmp/mwb-shots");
            assertEquals(Path.of("/tmp/mwb-shots"), Screenshots.directory());
            System.clearProperty(Screenshots.DIRECTORY_PROPERTY);
            assertEquals(Path.of(System.getProperty("user.dir"), "target", "screenshots"), Screenshots.directory());
        } finally {
            if (configured != null) {
                System.setProperty(Screenshots.DIRECTORY_PROPERTY, configured);
            }
        }
    }

    @Test
    void failureExtensionSavesAScreenshotNamedAfterTheTest() throws Exception {
        Path expected = Screenshots.directory().resolve("ScreenshotsTest.failingExample.png").toAbsolutePath();
        Files.deleteIfExists(expected);
        Map<String, String> entries = new HashMap<>();
        new ScreenshotOnFailureExtension().afterTestExecution(
                failedContext(getClass().getDeclaredMethod("failingExample"), entries));
        assertTrue(Files.isRegularFile(expected), expected + " missing");
        assertEquals(expected.toString(), entries.get("screenshot"));
        assertTrue(colourCount(loadPng(expected)) > 4);
    }

    @Test
    void failureExtensionDoesNothingForPassingTests() throws Exception {
        Path unexpected = Screenshots.directory().resolve("ScreenshotsTest.passingExample.png");
        Files.deleteIfExists(unexpected);
        ExtensionContext passed = context(getClass().getDeclaredMethod("passingExample"), Optional.empty(), new HashMap<>());
        new ScreenshotOnFailureExtension().afterTestExecution(passed);
        assertFalse(Files.exists(unexpected));
    }

    /** Stands for a test method in the fake extension contexts; never run as a test. */
    void failingExample() {
    }

    /** Stands for a test method in the fake extension contexts; never run as a test. */
    void passingExample() {
    }

    private ExtensionContext failedContext(Method method, Map<String, String> entries) {
        return context(method, Optional.of(new AssertionError("expected 3 replies")), entries);
    }

    /** A context answering only what the extension asks; JUnit has no public implementation to reuse. */
    private ExtensionContext context(Method method, Optional<Throwable> failure, Map<String, String> entries) {
        return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
                new Class<?>[] { ExtensionContext.class }, (proxy, called, args) -> switch (called.getName()) {
                    case "getExecutionException" -> failure;
                    case "getRequiredTestClass" -> ScreenshotsTest.class;
                    case "getTestMethod" -> Optional.of(method);
                    case "getTestInstance" -> Optional.of(this);
                    case "getDisplayName" -> method.getName();
                    case "publishReportEntry" -> {
                        entries.put((String) args[0], (String) args[1]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }

    private static ImageData loadPng(Path file) throws IOException {
        assertTrue(Files.size(file) > 1000, file + " is only " + Files.size(file) + " bytes");
        return new ImageLoader().load(file.toString())[0];
    }

    private static long colourCount(ImageData image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.height; y += 2) {
            for (int x = 0; x < image.width; x += 2) {
                colours.add(image.getPixel(x, y));
            }
        }
        return colours.size();
    }
}
