package org.mandateworkbench.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes plugin_zh.properties of the edit bundle from its generated plugin.properties and a table of
 * translations keyed by the English text (UTF-8, one "English TAB Chinese" pair a line, # comments).
 * <p>
 * Keying by the English text keeps the table short (a feature named "date" appears in many classes)
 * and makes a model change that adds a label fail here, naming the texts still to translate, rather
 * than ship a half-translated bundle. Entries no key uses are reported too, so the table stays clean.
 */
final class ChineseEditProperties {

    private final Path table;

    ChineseEditProperties(Path table) {
        this.table = table;
    }

    void write(Path english, Path chinese) throws IOException {
        Map<String, String> translations =
                TabSeparatedTable.read(table, "the English text, one tab and the Chinese text");
        List<String> lines = Files.readAllLines(english, StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>();
        TreeSet<String> missing = new TreeSet<>();
        TreeSet<String> unused = new TreeSet<>(translations.keySet());
        for (String line : lines) {
            int equals = line.indexOf('=');
            if (line.isBlank() || line.startsWith("#") || equals < 0) {
                out.add(line);
                continue;
            }
            String key = line.substring(0, equals).trim();
            String value = line.substring(equals + 1).trim();
            String translation = translations.get(value);
            unused.remove(value);
            if (translation == null) {
                missing.add(value);
            } else {
                out.add(key + " = " + escape(translation));
            }
        }
        if (!missing.isEmpty() || !unused.isEmpty()) {
            throw new GenerationException(table + " does not match " + english + ":"
                    + (missing.isEmpty() ? "" : "\n  no translation for: " + String.join(" | ", missing))
                    + (unused.isEmpty() ? "" : "\n  translations no key uses: " + String.join(" | ", unused)));
        }
        Files.write(chinese, out, StandardCharsets.ISO_8859_1);
    }

    /** Properties files are ISO-8859-1: everything else becomes a backslash-u escape. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() * 6);
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                escaped.append(c);
            } else {
                escaped.append(String.format("\\u%04X", (int) c));
            }
        }
        return escaped.toString();
    }
}
