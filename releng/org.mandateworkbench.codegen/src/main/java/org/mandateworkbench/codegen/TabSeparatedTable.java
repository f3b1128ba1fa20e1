package org.mandateworkbench.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables next to the genmodel: UTF-8, one "key TAB value" pair a line, # comments, no key twice. */
final class TabSeparatedTable {

    private TabSeparatedTable() {
    }

    /** @param expected what a line holds, for the message about a malformed one */
    static Map<String, String> read(Path table, String expected) throws IOException {
        Map<String, String> pairs = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] pair = line.split("\t", -1);
            if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                throw new GenerationException(table + " line " + (i + 1) + ": expected " + expected);
            }
            if (pairs.put(pair[0], pair[1]) != null) {
                throw new GenerationException(table + " line " + (i + 1) + ": \"" + pair[0] + "\" is listed twice");
            }
        }
        return pairs;
    }
}
