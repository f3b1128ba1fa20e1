package org.mandateworkbench.model.tests.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.internal.Messages;

class MessagesTest {

    @Test
    void englishAndChineseMessagesCoverEveryField() throws IOException {
        Set<String> fields = Arrays.stream(Messages.class.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && f.getType() == String.class).map(Field::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(fields.isEmpty());
        assertEquals(fields, load("messages.properties").stringPropertyNames().stream()
                .collect(Collectors.toCollection(TreeSet::new)));
        Properties chinese = load("messages_zh.properties");
        assertEquals(fields, chinese.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new)));
        for (String key : fields) {
            assertFalse(chinese.getProperty(key).isBlank(), key);
        }
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        }
    }
}
