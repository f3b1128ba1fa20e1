package org.mandateworkbench.testsupport.robot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves PNG screenshots of controls.
 * <p>
 * Files go to the directory named by the system property {@value #DIRECTORY_PROPERTY}, or else to
 * {@code target/screenshots} under the working directory; the directory is created when missing.
 * The file name is the given name with every character other than letters, digits, '.', '_' and
 * '-' replaced by '_', cut to 120 characters, plus ".png"; an existing file of that name is
 * replaced.
 */
public final class Screenshots {

    /** System property naming the screenshot directory: {@value}. */
    public static final String DIRECTORY_PROPERTY = "mwb.screenshots";

    private static final int MAX_NAME_LENGTH = 120;

    private Screenshots() {
    }

    /** @return the directory screenshots are written to (not created by this call) */
    public static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.dir"), "target", "screenshots");
    }

    /** @return the file name used for a screenshot called {@code name} */
    public static String fileNameFor(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || safe.chars().allMatch(c -> c == '.')) {
            safe = "screenshot";
        }
        if (safe.length() > MAX_NAME_LENGTH) {
            safe = safe.substring(0, MAX_NAME_LENGTH);
        }
        return safe + ".png";
    }

    /**
     * Copies the screen area of {@code control} with {@code GC.copyArea} and saves it as PNG.
     * If the screen copy comes back as one flat colour (some X servers return nothing for
     * off-screen or unmapped areas), the control is painted into the image with
     * {@code Control.print} instead. Must run on the UI thread.
     *
     * @return the file written
     */
    static Path capture(Control control, String name) {
        if (control == null || control.isDisposed()) {
            throw new IllegalStateException("No control to capture for screenshot '" + name + "'");
        }
        Display display = control.getDisplay();
        control.update();
        Rectangle area = screenArea(control).intersection(display.getBounds());
        if (area.isEmpty()) {
            throw new IllegalStateException("Screenshot '" + name + "': the control is off screen");
        }
        Image image = new Image(display, area.width, area.height);
        try {
            GC screen = new GC(display);
            try {
                screen.copyArea(image, area.x, area.y);
            } finally {
                screen.dispose();
            }
            if (isUniform(image.getImageData())) {
                GC painter = new GC(image);
                try {
                    control.print(painter);
                } finally {
                    painter.dispose();
                }
            }
            return save(image.getImageData(), name);
        } finally {
            image.dispose();
        }
    }

    private static Rectangle screenArea(Control control) {
        if (control instanceof Shell shell) {
            return shell.getBounds();
        }
        Point origin = control.toDisplay(0, 0);
        Point size = control.getSize();
        return new Rectangle(origin.x, origin.y, size.x, size.y);
    }

    private static Path save(ImageData data, String name) {
        Path file = directory().resolve(fileNameFor(name)).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create screenshot directory " + file.getParent(), e);
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }

    /** Whether every pixel has the same value: a blank capture. */
    static boolean isUniform(ImageData data) {
        int first = data.getPixel(0, 0);
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                if (data.getPixel(x, y) != first) {
                    return false;
                }
            }
        }
        return true;
    }
}
