package org.mandateworkbench.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Rewrites the enumeration-literal labels of the edit bundle's generated plugin.properties into
 * readable English. EMF writes the ecore literal ("inProgress"), which is also the value stored in
 * the XMI, so the literal itself must stay; only its label changes.
 * <p>
 * The rule splits the camelCase literal into words and capitalises the first ("inProgress" becomes
 * "In progress"). Labels the rule gets wrong (proper names, hyphens) are listed in a table (UTF-8,
 * one "literal TAB label" pair a line, # comments); an entry no literal uses, or one that only repeats
 * what the rule gives, fails the generation so the table stays short and true.
 */
final class EnglishLiteralLabels {

    private static final Pattern LITERAL_KEY = Pattern.compile("_UI_\\w+_literal");

    private final Path table;

    EnglishLiteralLabels(Path table) {
        this.table = table;
    }

    void rewrite(Path properties) throws IOException {
        Map<String, String> exceptions = readTable();
        TreeSet<String> unused = new TreeSet<>(exceptions.keySet());
        TreeSet<String> redundant = new TreeSet<>();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(properties, StandardCharsets.ISO_8859_1)) {
            int equals = line.indexOf('=');
            String key = equals < 0 ? "" : line.substring(0, equals).trim();
            if (line.startsWith("#") || !LITERAL_KEY.matcher(key).matches()) {
                out.add(line);
                continue;
            }
            String literal = line.substring(equals + 1).trim();
            String label = exceptions.get(literal);
            unused.remove(literal);
            if (label == null) {
                label = words(literal);
            } else if (label.equals(words(literal))) {
                redundant.add(literal);
            }
            out.add(key + " = " + label);
        }
        if (!unused.isEmpty() || !redundant.isEmpty()) {
            throw new GenerationException(table + " does not match " + properties + ":"
                    + (unused.isEmpty() ? "" : "\n  literals no enumeration has: " + String.join(" | ", unused))
                    + (redundant.isEmpty() ? "" : "\n  labels the rule already gives: " + String.join(" | ", redundant)));
        }
        Files.write(properties, out, StandardCharsets.ISO_8859_1);
    }

    /** "statesParties" becomes "States parties". */
    static String words(String literal) {
        StringBuilder label = new StringBuilder(literal.length() + 8);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (i == 0) {
                label.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                label.append(' ').append(Character.toLowerCase(c));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    private Map<String, String> readTable() throws IOException {
        Map<String, String> exceptions = TabSeparatedTable.read(table, "the literal, one tab and its English label");
        for (Map.Entry<String, String> exception : exceptions.entrySet()) {
            if (!isLatin1(exception.getValue())) {
                throw new GenerationException(table + ": the label of " + exception.getKey()
                        + " has characters plugin.properties (ISO-8859-1) cannot hold");
            }
        }
        return exceptions;
    }

    private static boolean isLatin1(String text) {
        return text.chars().allMatch(c -> c < 0x100);
    }
}
