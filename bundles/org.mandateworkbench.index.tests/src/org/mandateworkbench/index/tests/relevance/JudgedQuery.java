package org.mandateworkbench.index.tests.relevance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One line of judged-queries.tsv: what a user types and the units a good ranking puts in the top 5.
 *
 * @param line     the line number in the file, for messages
 * @param query    the query text as typed in the search box
 * @param relevant the judged unit ids
 */
record JudgedQuery(int line, String query, Set<String> relevant) {

    static final String FILE = "judged-queries.tsv"; //$NON-NLS-1$
    private static final Pattern SPACES = Pattern.compile(" +"); //$NON-NLS-1$

    /** Reads the judged file next to this class; a malformed line fails with its number and what was expected. */
    static List<JudgedQuery> load() {
        InputStream in = JudgedQuery.class.getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException(FILE + " is not on the test class path next to " + JudgedQuery.class.getName());
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<JudgedQuery> queries = new ArrayList<>();
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank() || text.startsWith("#")) { //$NON-NLS-1$
                    continue;
                }
                queries.add(parse(number, text));
            }
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException(FILE, e);
        }
    }

    static JudgedQuery parse(int number, String text) {
        String[] columns = text.split("\t", -1); //$NON-NLS-1$
        if (columns.length != 2 || columns[0].isBlank() || columns[1].isBlank()) {
            throw new IllegalArgumentException(FILE + " line " + number
                    + ": expected a query, one TAB and space-separated unit ids, found: " + text);
        }
        return new JudgedQuery(number, columns[0].strip(),
                Set.copyOf(Arrays.asList(SPACES.split(columns[1].strip()))));
    }
}
