package org.mandateworkbench.model.tests.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.reference.Messages;

class ReferenceMessagesTest {

    private static final String BUNDLE = "org.mandateworkbench.model.reference.messages";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Test
    void everyMessageHasAnEnglishAndAChineseText() throws ReflectiveOperationException {
        List<String> fields = Arrays.stream(Messages.class.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers()))
                .map(f -> f.getName()).toList();
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Messages.class.getClassLoader(),
                NO_FALLBACK);
        ResourceBundle chinese = ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, Messages.class.getClassLoader(),
                NO_FALLBACK);
        assertEquals(new TreeSet<>(fields), new TreeSet<>(english.keySet()));
        assertEquals(new TreeSet<>(fields), new TreeSet<>(chinese.keySet()));
        for (String field : fields) {
            assertFalse(chinese.getString(field).isBlank(), field);
            assertTrue(chinese.getString(field).codePoints().anyMatch(c -> c > 0x4e00), field);
            assertFalse(String.valueOf(Messages.class.getField(field).get(null)).startsWith("NLS missing"), field);
        }
    }
}
