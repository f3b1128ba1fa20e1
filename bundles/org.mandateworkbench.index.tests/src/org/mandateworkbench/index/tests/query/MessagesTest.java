package org.mandateworkbench.index.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.cli.IndexSubcommand;
import org.mandateworkbench.index.query.SearchQueryParser;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        return load(SearchQueryParser.class, name);
    }

    private static Properties loadFile(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    private static Properties load(Class<?> owner, String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = owner.getResourceAsStream(name)) {
            assertNotNull(in, name);
            properties.load(in);
        }
        return properties;
    }

    @Test
    void queryMessagesAreCompleteInEnglishAndChinese() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        assertEquals(english.keySet(), chinese.keySet());
        assertFalse(english.isEmpty());
        chinese.values().forEach(v -> assertFalse(v.toString().isBlank()));
    }

    @Test
    void commandLineMessagesAreCompleteInEnglishAndChinese() throws IOException {
        Properties english = load(IndexSubcommand.class, "messages.properties");
        Properties chinese = load(IndexSubcommand.class, "messages_zh.properties");
        assertEquals(english.keySet(), chinese.keySet());
        assertFalse(english.isEmpty());
        chinese.values().forEach(v -> assertFalse(v.toString().isBlank()));
    }

    @Test
    void subcommandDescriptionsAreCompleteInEnglishAndChinese() throws IOException {
        // Surefire runs in the test bundle's folder; the plugin texts sit beside the index bundle's manifest.
        Path bundle = Path.of("..", "org.mandateworkbench.index");
        Properties english = loadFile(bundle.resolve("plugin.properties"));
        Properties chinese = loadFile(bundle.resolve("plugin_zh.properties"));
        assertEquals(english.keySet(), chinese.keySet());
        assertTrue(english.containsKey("search.usage"));
    }
}
