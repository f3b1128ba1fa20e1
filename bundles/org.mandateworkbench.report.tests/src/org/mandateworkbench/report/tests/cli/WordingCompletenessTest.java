package org.mandateworkbench.report.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mandateworkbench.report.cli.ReportSubcommand;

/** Every English text of the command line, the notes verbales and the workbook has a Chinese counterpart. */
class WordingCompletenessTest {

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ReportSubcommand.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            properties.load(in);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = { "org/mandateworkbench/report/internal/messages",
            "org/mandateworkbench/report/noteverbale/wording", "org/mandateworkbench/report/stats/wording" })
    void chineseHasExactlyTheEnglishKeysAndNoEmptyText(String baseName) throws Exception {
        Properties english = load(baseName + ".properties");
        Properties chinese = load(baseName + "_zh.properties");
        assertFalse(english.isEmpty(), baseName);
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()), baseName);
        for (String key : chinese.stringPropertyNames()) {
            assertFalse(chinese.getProperty(key).isBlank(), baseName + " " + key);
        }
    }
}
