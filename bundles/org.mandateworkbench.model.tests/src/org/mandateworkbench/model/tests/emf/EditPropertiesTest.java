package org.mandateworkbench.model.tests.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.emf.ecore.EClassifier;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.MandatesPackage;

/** The edit bundle's labels: the Chinese file must translate every generated English key. */
class EditPropertiesTest {

    /** Surefire runs in this bundle's folder; the edit bundle is its sibling in the repository. */
    private static final Path EDIT_BUNDLE = Path.of("..", "org.mandateworkbench.model.edit");

    @Test
    void chineseLabelsCoverEveryEnglishKey() throws IOException {
        Properties english = load("plugin.properties");
        Properties chinese = load("plugin_zh.properties");

        assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames());
        for (String key : chinese.stringPropertyNames()) {
            assertFalse(chinese.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void everyClassHasATypeLabelInChinese() throws IOException {
        Properties chinese = load("plugin_zh.properties");

        for (EClassifier classifier : MandatesPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof org.eclipse.emf.ecore.EClass) {
                String label = chinese.getProperty("_UI_" + classifier.getName() + "_type");
                assertTrue(label != null && label.codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff),
                        classifier.getName() + ": " + label);
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(EDIT_BUNDLE.resolve(name), StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        return properties;
    }
}
