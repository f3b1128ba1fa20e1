package org.mandateworkbench.report.document;

import java.util.List;

/**
 * A simple table with one header row.
 *
 * @param header the column titles
 * @param rows   the body rows, each as long as the header
 */
public record Table(List<String> header, List<List<String>> rows) implements DocumentBlock {

    /** @throws IllegalArgumentException if a row's length differs from the header's */
    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("Table row has " + row.size() + " cells, the header " + header.size());
            }
        }
    }
}
