package org.mandateworkbench.model.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.validation.internal.Messages;

/**
 * Both languages are complete and bind the same arguments; every message quotes the object and
 * names its fields by the labels of the property sheet (the edit bundle's), never by their Java
 * feature names.
 */
class ValidationMessagesTest {

    /** Surefire runs in this bundle's folder; the edit bundle is its sibling in the repository. */
    private static final Path EDIT_BUNDLE = Path.of("..", "org.mandateworkbench.model.edit");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)\\}");
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+[A-Z]\\w*");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");

    /** The fields each message names, as "Class.feature" of the class that declares the feature. */
    private static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry(Messages.Document_symbolPresent, List.of("Document.symbol")),
            Map.entry(Messages.Document_symbolWellFormed, List.of("Document.symbol")),
            Map.entry(Messages.StateResponse_receivedAfterNote, List.of("StateResponse.receivedDate", "MandateAction.date")),
            Map.entry(Messages.StateResponse_stateAddressed, List.of("StateResponse.state", "NoteVerbale.addressees")),
            Map.entry(Messages.Recommendation_meetingPresent, List.of("Recommendation.meeting")),
            Map.entry(Messages.Mandate_sourcePresent, List.of("Mandate.sourceParagraphs", "Mandate.sourceRecommendations")),
            Map.entry(Messages.Mandate_successorWhenSuperseded, List.of("Mandate.successor")),
            Map.entry(Messages.Mandate_statusHistoryOrdered, List.of("Mandate.statusChanges", "StatusChange.date")),
            Map.entry(Messages.MandateWorkspace_uniqueDocumentSymbols, List.of("Document.symbol")),
            Map.entry(Messages.NoteVerbaleReminder_afterNote, List.of("MandateAction.date", "NoteVerbaleReminder.reminded")),
            Map.entry(Messages.NoteVerbale_deadlineAfterDate, List.of("NoteVerbale.replyDeadline", "MandateAction.date")),
            Map.entry(Messages.NoteVerbaleReminder_deadlineAfterDate,
                    List.of("NoteVerbaleReminder.replyDeadline", "MandateAction.date")),
            Map.entry(Messages.Observation_datePresent, List.of("Observation.date")),
            // the generic messages get the field's label as the argument {1}
            Map.entry(Messages.Generic_fieldRequired, List.of()),
            Map.entry(Messages.Generic_referenceDangling, List.of()),
            Map.entry(Messages.Generic_referenceUnresolved, List.of()),
            Map.entry(Messages.Generic_duplicateId, List.of()),
            Map.entry(Messages.Generic_inconsistent, List.of()));

    @Test
    void englishAndChineseCoverEveryKey() throws IOException {
        Set<String> keys = Arrays.stream(Messages.class.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && f.getType() == String.class).map(ValidationMessagesTest::value)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(18, keys.size());
        assertEquals(keys, new TreeSet<>(load("messages.properties").stringPropertyNames()));
        assertEquals(keys, new TreeSet<>(load("messages_zh.properties").stringPropertyNames()));
        assertEquals(keys, new TreeSet<>(FIELDS.keySet()), "every message declares the fields it names");
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
    void everyMessageQuotesTheObjectAndNamesItsFieldsByTheirDisplayLabels() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        Properties englishLabels = loadEdit("plugin.properties");
        Properties chineseLabels = loadEdit("plugin_zh.properties");
        Object[] arguments = { "OBJ", "ONE", "TWO", "THREE" };
        for (String key : english.stringPropertyNames()) {
            String en = new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(arguments);
            String zh = new MessageFormat(chinese.getProperty(key), Locale.CHINESE).format(arguments);
            assertTrue(en.contains("'OBJ'"), key + ": " + en);
            assertTrue(zh.contains("\u201cOBJ\u201d"), key + ": " + zh);
            assertFalse(en.contains("{") || zh.contains("{"), key + " leaves no placeholder unbound");
            for (String field : FIELDS.get(key)) {
                String editKey = "_UI_" + field.replace('.', '_') + "_feature";
                String enLabel = englishLabels.getProperty(editKey);
                String zhLabel = chineseLabels.getProperty(editKey);
                assertNotNull(enLabel, editKey);
                assertTrue(en.contains('"' + enLabel + '"'), key + " names \"" + enLabel + "\": " + en);
                assertTrue(zh.contains('\u201c' + zhLabel + '\u201d'), key + " names \u201c" + zhLabel + "\u201d: " + zh);
            }
            if (FIELDS.get(key).isEmpty() && !key.equals(Messages.Generic_inconsistent)) {
                assertTrue(en.contains("\"ONE\"") && zh.contains("\u201cONE\u201d"), key + " names the field given as {1}");
            }
        }
    }

    /** English may say "State" (a label equal to a class name) but never quote a feature's Java name. */
    @Test
    void noMessageNamesAJavaFeatureOrClass() throws IOException {
        Set<String> featureNames = new TreeSet<>();
        Set<String> javaNames = new TreeSet<>();
        for (EClass eClass : classes()) {
            javaNames.add(eClass.getName());
            eClass.getEStructuralFeatures().forEach(f -> featureNames.add(f.getName()));
        }
        javaNames.addAll(featureNames);
        for (String file : List.of("messages.properties", "messages_zh.properties")) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                Matcher camel = CAMEL_CASE.matcher(text);
                assertFalse(camel.find(), () -> file + " " + key + " has the identifier " + camel.group());
                for (String name : featureNames) {
                    assertFalse(text.contains("'" + name + "'") || text.contains('"' + name + '"') || text.contains('\u201c' + name + '\u201d'),
                            file + " " + key + " quotes the Java name " + name);
                }
            }
        }
        Properties chinese = load("messages_zh.properties");
        Set<String> lowerNames = javaNames.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String key : chinese.stringPropertyNames()) {
            Matcher word = LATIN_WORD.matcher(chinese.getProperty(key));
            while (word.find()) {
                assertFalse(lowerNames.contains(word.group().toLowerCase(Locale.ROOT)),
                        key + " has the English model word " + word.group() + " in Chinese");
            }
        }
    }

    /** The labels EMF's generic checks can name: every required field and every reference to another object. */
    @Test
    void fieldLabelsCoverEveryRequiredFieldAndReferenceAsThePropertySheetShowsThem() throws IOException {
        Properties english = load("fields.properties");
        Properties chinese = load("fields_zh.properties");
        Properties englishLabels = loadEdit("plugin.properties");
        Properties chineseLabels = loadEdit("plugin_zh.properties");
        assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames());
        for (EClass eClass : classes()) {
            for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                boolean crossReference = feature instanceof EReference reference && !reference.isContainment()
                        && !reference.isContainer();
                if (feature.isRequired() || crossReference) {
                    assertNotNull(english.getProperty(eClass.getName() + '.' + feature.getName()),
                            eClass.getName() + '.' + feature.getName());
                }
            }
        }
        for (String field : english.stringPropertyNames()) {
            String editKey = "_UI_" + field.replace('.', '_') + "_feature";
            assertEquals(englishLabels.getProperty(editKey), english.getProperty(field), field);
            assertEquals(chineseLabels.getProperty(editKey), chinese.getProperty(field), field);
        }
    }

    private static List<EClass> classes() {
        return MandatesPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast).toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
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

    private static Properties loadEdit(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(EDIT_BUNDLE.resolve(name), StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        return properties;
    }
}
