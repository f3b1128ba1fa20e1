package org.mandateworkbench.index.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.model.symbol.DocumentSymbol;

/**
 * Reads a judgments file: UTF-8 text, one record a line, columns separated by one TAB; blank lines and
 * lines starting with # are comments.
 *
 * <pre>
 * floor   P@5   0.80                      the lowest acceptable mean precision at 5
 * floor   MRR   0.85                      the lowest acceptable mean reciprocal rank
 * seed    FILE  [SYMBOL]                  a document to import, under SYMBOL when it prints none
 * query   QUERY ID [ID ...]               a query and the ids of the units that must rank in the top 5
 * </pre>
 */
public final class SearchJudgmentReader {

    private static final String FLOOR = "floor"; //$NON-NLS-1$
    private static final String SEED = "seed"; //$NON-NLS-1$
    private static final String QUERY = "query"; //$NON-NLS-1$
    private static final Pattern SPACES = Pattern.compile("\\s+"); //$NON-NLS-1$

    /**
     * @param file the judgments file
     * @return its content
     * @throws JudgmentException when it cannot be read or a line is malformed (the message names the line)
     */
    public SearchJudgments read(Path file) throws JudgmentException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new JudgmentException(NLS.bind(Messages.Judgments_unreadable, file, e.getMessage()));
        }
        return parse(file.toString(), lines);
    }

    /**
     * @param source a name for the text, for messages
     * @param lines  the lines of a judgments file
     * @return its content
     * @throws JudgmentException when a line is malformed or a floor or the queries are missing
     */
    public SearchJudgments parse(String source, List<String> lines) throws JudgmentException {
        Double precisionFloor = null;
        Double rankFloor = null;
        List<SeedDocument> seeds = new ArrayList<>();
        List<JudgedQuery> queries = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        Set<String> files = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            String[] columns = line.split("\t", -1); //$NON-NLS-1$
            switch (columns[0].strip()) {
            case FLOOR -> {
                columns(source, number, columns, 3, 3, Messages.Judgments_floorExpected);
                double value = floor(source, number, columns[2]);
                switch (columns[1].strip()) {
                case SearchEvaluation.PRECISION_AT_5 -> precisionFloor = value;
                case SearchEvaluation.MEAN_RECIPROCAL_RANK -> rankFloor = value;
                default -> throw error(source, number, Messages.Judgments_floorExpected, line);
                }
            }
            case SEED -> {
                columns(source, number, columns, 2, 3, Messages.Judgments_seedExpected);
                String name = columns[1].strip();
                Optional<String> symbol = columns.length == 3 && !columns[2].isBlank()
                        ? Optional.of(columns[2].strip()) : Optional.empty();
                if (name.isEmpty() || symbol.isPresent() && DocumentSymbol.tryParse(symbol.get()).isEmpty()) {
                    throw error(source, number, Messages.Judgments_seedExpected, line);
                }
                if (!files.add(name)) {
                    throw error(source, number, Messages.Judgments_duplicate, name);
                }
                seeds.add(new SeedDocument(number, name, symbol));
            }
            case QUERY -> {
                columns(source, number, columns, 3, 3, Messages.Judgments_queryExpected);
                String text = columns[1].strip();
                Set<String> ids = new LinkedHashSet<>(Arrays.asList(SPACES.split(columns[2].strip())));
                ids.remove(""); //$NON-NLS-1$
                if (text.isEmpty() || ids.isEmpty()) {
                    throw error(source, number, Messages.Judgments_queryExpected, line);
                }
                if (!texts.add(text)) {
                    throw error(source, number, Messages.Judgments_duplicate, text);
                }
                queries.add(new JudgedQuery(number, text, ids));
            }
            default -> throw error(source, number, Messages.Judgments_kindExpected, line);
            }
        }
        if (precisionFloor == null || rankFloor == null) {
            throw new JudgmentException(NLS.bind(Messages.Judgments_floorsMissing, source));
        }
        if (queries.isEmpty()) {
            throw new JudgmentException(NLS.bind(Messages.Judgments_noQueries, source));
        }
        return new SearchJudgments(source, precisionFloor, rankFloor, seeds, queries);
    }

    private static void columns(String source, int number, String[] columns, int min, int max, String expected)
            throws JudgmentException {
        if (columns.length < min || columns.length > max) {
            throw error(source, number, expected, String.join("\t", columns)); //$NON-NLS-1$
        }
    }

    private static double floor(String source, int number, String text) throws JudgmentException {
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(source, number, Messages.Judgments_floorExpected, text);
    }

    private static JudgmentException error(String source, int number, String expected, String found) {
        return new JudgmentException(NLS.bind(Messages.Judgments_line, new Object[] { source, number, expected, found }));
    }
}
