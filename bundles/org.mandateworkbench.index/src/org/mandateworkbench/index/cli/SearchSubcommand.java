package org.mandateworkbench.index.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.cli.CommandContext;
import org.mandateworkbench.cli.ExitCodes;
import org.mandateworkbench.cli.Subcommand;
import org.mandateworkbench.cli.UsageException;
import org.mandateworkbench.index.query.FacetCount;
import org.mandateworkbench.index.query.QueryParseResult;
import org.mandateworkbench.index.query.SearchHit;
import org.mandateworkbench.index.query.SearchResult;

/**
 * {@code mwb search "QUERY" [--json] [--facets] [--limit N] [DIR]}: searches the index of a workspace
 * (bringing it up to date first) and prints the hits, optionally with facet counts, or one JSON object
 * (see {@link SearchJsonWriter}). A query with a syntax error prints its position and a hint on
 * standard error and exits with {@link ExitCodes#USER_ERROR}.
 */
public final class SearchSubcommand implements Subcommand {

    private static final String NAME = "search"; //$NON-NLS-1$
    private static final String JSON = "--json"; //$NON-NLS-1$
    private static final String FACETS = "--facets"; //$NON-NLS-1$
    private static final String LIMIT = "--limit"; //$NON-NLS-1$
    private static final int DEFAULT_LIMIT = 20;
    // Indentation lives in code: properties files drop leading blanks of their values.
    private static final String HIT_DETAIL = "   "; //$NON-NLS-1$
    private static final String FACET_DIMENSION = "  "; //$NON-NLS-1$
    private static final String FACET_VALUE = "    "; //$NON-NLS-1$

    @Override
    public int run(List<String> arguments, CommandContext context) throws Exception {
        boolean json = false;
        boolean facets = false;
        int limit = DEFAULT_LIMIT;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
            case JSON -> json = true;
            case FACETS -> facets = true;
            case LIMIT -> limit = limit(i + 1 < arguments.size() ? arguments.get(++i) : ""); //$NON-NLS-1$
            default -> {
                // A single dash may start a query (a negated term), so only double dashes mark options.
                if (argument.startsWith("--")) { //$NON-NLS-1$
                    throw new UsageException(NLS.bind(Messages.Cli_unknownOption, argument, NAME));
                }
                positional.add(argument);
            }
            }
        }
        if (positional.isEmpty()) {
            throw new UsageException(Messages.Search_missingQuery);
        }
        if (positional.size() > 2) {
            throw new UsageException(NLS.bind(Messages.Search_tooManyArguments, positional.get(2)));
        }
        String query = positional.get(0);
        Path folder = OpenedIndex.folder(positional.subList(1, positional.size()), context);
        SearchResult result;
        try (OpenedIndex opened = OpenedIndex.open(folder, false, false)) {
            result = opened.index().search(query, limit);
        }
        QueryParseResult parse = result.parse();
        if (!parse.isValid()) {
            context.err().println(NLS.bind(Messages.Search_syntaxError, parse.errorPosition(), parse.hint()));
            context.err().println(query);
            context.err().println(" ".repeat(Math.max(0, Math.min(parse.errorPosition(), query.length()))) + '^'); //$NON-NLS-1$
            return ExitCodes.USER_ERROR;
        }
        if (json) {
            context.out().println(SearchJsonWriter.write(query, result));
        } else {
            print(query, result, facets, context.out());
        }
        return ExitCodes.OK;
    }

    private static int limit(String text) throws UsageException {
        try {
            int limit = Integer.parseInt(text);
            if (limit > 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // Reported below with the text the user typed.
        }
        throw new UsageException(NLS.bind(Messages.Search_badLimit, text));
    }

    private static void print(String query, SearchResult result, boolean facets, PrintStream out) {
        if (result.hits().isEmpty()) {
            out.println(NLS.bind(Messages.Search_noHits, query));
        } else {
            out.println(NLS.bind(Messages.Search_total,
                    new Object[] { result.totalHits(), query, result.hits().size() }));
        }
        int rank = 1;
        for (SearchHit hit : result.hits()) {
            out.println(NLS.bind(Messages.Search_hitHeader, new Object[] { rank++, hit.kind(), hit.id() }));
            printIfAny(out, Messages.Search_hitSymbols, String.join(", ", hit.symbols())); //$NON-NLS-1$
            printIfAny(out, Messages.Search_hitParagraph, hit.paragraph());
            printIfAny(out, Messages.Search_hitSection, hit.section());
            printIfAny(out, Messages.Search_hitDate, hit.date());
            printIfAny(out, Messages.Search_hitBodies, String.join(", ", hit.bodies())); //$NON-NLS-1$
            printIfAny(out, Messages.Search_hitSnippet, forTerminal(hit.snippet()));
        }
        if (facets) {
            out.println(Messages.Search_facetsHeader);
            for (Map.Entry<String, List<FacetCount>> dimension : new TreeMap<>(result.facets()).entrySet()) {
                if (dimension.getValue().isEmpty()) {
                    continue;
                }
                out.println(FACET_DIMENSION + NLS.bind(Messages.Search_facetDimension, dimension.getKey()));
                for (FacetCount count : dimension.getValue()) {
                    out.println(FACET_VALUE + NLS.bind(Messages.Search_facetValue, count.value(), count.count()));
                }
            }
        }
    }

    private static void printIfAny(PrintStream out, String message, String value) {
        if (value != null && !value.isBlank()) {
            out.println(HIT_DETAIL + NLS.bind(message, value));
        }
    }

    /** Terminals show no bold tags: matches are bracketed instead, and the snippet stays on one line. */
    static String forTerminal(String snippet) {
        return snippet == null ? "" //$NON-NLS-1$
                : snippet.replace("<b>", "[[").replace("</b>", "]]").replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }
}
