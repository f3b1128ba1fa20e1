package org.mandateworkbench.index.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.index.IndexService;
import org.mandateworkbench.index.query.QueryParseResult;
import org.mandateworkbench.index.query.SearchHit;
import org.mandateworkbench.index.query.SearchResult;
import org.mandateworkbench.store.DemoWorkspace;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

/**
 * Measures search quality end to end: creates the demo workspace in a temporary folder, imports the
 * seed documents into it ({@link SeedImporter}), builds its index with {@link IndexService} and ranks
 * every judged query. The temporary folder is deleted afterwards.
 */
public final class SearchEvaluator {

    /** How many hits of each query are read; a relevant unit further down counts as not found. */
    public static final int RANKED = 100;

    /**
     * @param seedFolder the folder holding the judgments' seed documents
     * @param judgments  what to import and which queries to rank
     * @return the rankings, with the problems met while importing
     * @throws IOException when the temporary workspace or its index cannot be written
     */
    public SearchEvaluation evaluate(Path seedFolder, SearchJudgments judgments) throws IOException {
        Path temporary = Files.createTempDirectory("mwb-evaluate-search"); //$NON-NLS-1$
        try {
            Path folder = temporary.resolve("workspace"); //$NON-NLS-1$
            DemoWorkspace.install(folder);
            try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
                List<String> problems = new SeedImporter().importInto(store, seedFolder, judgments.seeds());
                try (IndexService index = IndexService.rebuild(workspace.indexFolder(), store.root())) {
                    return new SearchEvaluation(judgments, rank(index, judgments.queries()), problems, index.size());
                }
            }
        } finally {
            delete(temporary);
        }
    }

    /**
     * Runs each query on an open index.
     *
     * @return one ranking per query, in order; a query with a syntax error gets no hits and its error
     * @throws IOException when the index cannot be read
     */
    public static List<QueryRanking> rank(IndexService index, List<JudgedQuery> queries) throws IOException {
        List<QueryRanking> rankings = new ArrayList<>();
        for (JudgedQuery query : queries) {
            SearchResult result = index.search(query.query(), RANKED);
            QueryParseResult parse = result.parse();
            Optional<String> error = parse.isValid() ? Optional.empty()
                    : Optional.of(NLS.bind(Messages.Evaluation_syntaxError, parse.errorPosition(), parse.hint()));
            rankings.add(new QueryRanking(query, result.hits().stream().map(SearchHit::id).toList(), error));
        }
        return rankings;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
