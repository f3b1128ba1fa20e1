package org.mandateworkbench.model.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.validation.internal.Messages;

/** Both languages are complete, bind the same arguments, quote the object and name a field. */
class ValidationMessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)\\}");
    private static final Pattern FIELD = Pattern.compile("field '(\\w+)'");

    @Test
    void englishAndChineseCoverEveryMessageField() throws IOException {
        Set<String> fields = Arrays.stream(Messages.class.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && f.getType() == String.class).map(Field::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(13, fields.size());
        assertEquals(fields, new TreeSet<>(load("messages.properties").stringPropertyNames()));
        assertEquals(fields, new TreeSet<>(load("messages_zh.properties").stringPropertyNames()));
    }

    @Test
    void chineseMessagesBindTheSameArgumentsAsEnglish() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        for (String key : english.stringPropertyNames()) {
            assertEquals(arguments(english.getProperty(key)), arguments(chinese.getProperty(key)), key);
            assertTrue(chinese.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    key + " is written in Chinese");
        }
    }

    @Test
    void everyMessageQuotesTheObjectAndNamesAField() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        for (String key : english.stringPropertyNames()) {
            String en = new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(new Object[] { "OBJ", "X", "Y", "Z" });
            String zh = new MessageFormat(chinese.getProperty(key), Locale.CHINESE).format(new Object[] { "OBJ", "X", "Y", "Z" });
            assertTrue(en.contains("'OBJ'"), key + ": " + en);
            assertTrue(zh.contains("\u201cOBJ\u201d"), key + ": " + zh);
            Matcher field = FIELD.matcher(en);
            assertTrue(field.find(), key + " names a field");
            assertTrue(zh.contains("\u201c" + field.group(1) + "\u201d"), key + " names the same field in Chinese: " + zh);
            assertFalse(en.contains("{"), key + " leaves no placeholder unbound");
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Objects.requireNonNull(Messages.class.getResourceAsStream(name), name)) {
            properties.load(in);
        }
        return properties;
    }
}
