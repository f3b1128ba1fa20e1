package org.mandateworkbench.model.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * A UTF-8 tab-separated table: lines starting with '#' are comments, the first other line names
 * the columns, every further line is a row with exactly that many columns.
 */
final class TsvTable {

    /** One data row and where it came from, with checked accessors that report the line. */
    record Row(String source, int line, List<String> columns, List<String> values) {

        String required(String column) {
            String value = optional(column);
            if (value.isEmpty()) {
                throw new ReferenceDataException(NLS.bind(Messages.ReferenceData_emptyField,
                        new Object[] { source, line, column }));
            }
            return value;
        }

        String optional(String column) {
            return values.get(columns.indexOf(column)).strip();
        }

        String matching(String column, Pattern pattern, String expected) {
            String value = required(column);
            if (!pattern.matcher(value).matches()) {
                throw new ReferenceDataException(NLS.bind(Messages.ReferenceData_invalidCode,
                        new Object[] { source, line, column, value, expected }));
            }
            return value;
        }

        List<String> list(String column) {
            String value = optional(column);
            return value.isEmpty() ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip).toList();
        }

        LocalDate date(String column) {
            String value = optional(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new ReferenceDataException(NLS.bind(Messages.ReferenceData_invalidDate,
                        new Object[] { source, line, column, value }), e);
            }
        }

        <E extends Enum<E>> E choice(String column, Class<E> type, List<String> codes) {
            String value = required(column);
            int index = codes.indexOf(value);
            if (index < 0) {
                throw new ReferenceDataException(NLS.bind(Messages.ReferenceData_unknownValue,
                        new Object[] { source, line, column, value, String.join(", ", codes) }));
            }
            return type.getEnumConstants()[index];
        }
    }

    private TsvTable() {
    }

    /** Reads a resource that sits beside this class. */
    static List<Row> readResource(String name, List<String> expectedColumns) {
        try (InputStream in = TsvTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ReferenceDataException(NLS.bind(Messages.ReferenceData_missingResource, name));
            }
            return read(in, name, expectedColumns);
        } catch (IOException e) {
            throw new ReferenceDataException(NLS.bind(Messages.ReferenceData_unreadable, name, e.getMessage()), e);
        }
    }

    /**
     * Reads a table whose header must list exactly the expected columns.
     *
     * @param source the name used in error messages
     */
    static List<Row> read(InputStream in, String source, List<String> expectedColumns) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> values = Arrays.asList(line.split("\t", -1));
            if (values.size() != expectedColumns.size()) {
                throw new ReferenceDataException(NLS.bind(Messages.ReferenceData_columnCount,
                        new Object[] { source, lineNumber, expectedColumns.size(), values.size() }));
            }
            if (header == null) {
                header = values.stream().map(String::strip).toList();
                if (!header.equals(expectedColumns)) {
                    throw new ReferenceDataException(NLS.bind(Messages.ReferenceData_unknownValue, new Object[] {
                            source, lineNumber, "header", String.join(" ", header), String.join(" ", expectedColumns) }));
                }
                continue;
            }
            rows.add(new Row(source, lineNumber, header, values));
        }
        return rows;
    }
}
