package org.mandateworkbench.index.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.query.SearchQueryParser;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SearchQueryParser.class.getResourceAsStream(name)) {
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
}
