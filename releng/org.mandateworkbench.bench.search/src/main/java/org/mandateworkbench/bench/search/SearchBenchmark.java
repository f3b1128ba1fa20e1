package org.mandateworkbench.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.mandateworkbench.index.query.SearchQueryParser;
import org.mandateworkbench.index.query.SearchResult;
import org.mandateworkbench.index.query.SearchService;

/**
 * Command line of the Lucene side of the search benchmark; releng/bench/search runs it.
 * <ul>
 * <li>{@code generate DIR PARAGRAPHS QUERIES SEED}: writes DIR/corpus.tsv and DIR/queries.tsv;</li>
 * <li>{@code raw DIR THREADS}: indexes with raw Lucene, records throughput, size and heap;</li>
 * <li>{@code analysis DIR THREADS}: the same with our text analysis of raw Lucene's two fields;</li>
 * <li>{@code ours DIR THREADS}: indexes with the index bundle, then runs the queries warm through
 * SearchService (top 10, facet counts of all hits, highlighted snippets), records latencies;</li>
 * <li>{@code table DIR}: prints DIR/results.properties side by side.</li>
 * </ul>
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            usage();
        }
        Path folder = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> {
                if (args.length != 5) {
                    usage();
                }
                long start = System.nanoTime();
                CorpusGenerator.generate(folder, Long.parseLong(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]));
                System.out.printf(Locale.ROOT, "generated %s paragraphs in %.1f s (%d MB)%n", args[2],
                        (System.nanoTime() - start) / 1e9, Files.size(folder.resolve("corpus.tsv")) >> 20);
            }
            case "raw" -> index(folder, threads(args), LuceneEngines.Engine.RAW);
            case "analysis" -> index(folder, threads(args), LuceneEngines.Engine.TEXT_ANALYSIS);
            case "ours" -> {
                index(folder, threads(args), LuceneEngines.Engine.OURS);
                queryOurs(folder);
            }
            case "table" -> System.out.print(ResultTable.render(folder));
            default -> usage();
        }
    }

    private static int threads(String[] args) {
        return args.length > 2 ? Integer.parseInt(args[2]) : 1;
    }

    private static void usage() {
        System.err.println("usage: SearchBenchmark generate DIR PARAGRAPHS QUERIES SEED | raw DIR [THREADS] | analysis DIR [THREADS] | ours DIR [THREADS] | table DIR");
        System.exit(2);
    }

    private static void index(Path folder, int threads, LuceneEngines.Engine engine) throws IOException {
        Measurements out = new Measurements(folder.resolve("results.properties"), engine.key());
        Path index = folder.resolve("index-" + engine.key());
        Measurements.resetPeakHeap();
        long start = System.nanoTime();
        long[] read = LuceneEngines.build(folder.resolve("corpus.tsv"), index, Long.MAX_VALUE, threads, engine);
        out.putIndexing(threads, read, start, index);
    }

    private static void queryOurs(Path folder) throws IOException {
        Measurements out = new Measurements(folder.resolve("results.properties"), "ours");
        List<BenchQuery> queries = BenchQuery.load(folder.resolve("queries.tsv"));
        try (FSDirectory directory = FSDirectory.open(folder.resolve("index-ours"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            Measurements.resetPeakHeap();
            long open = System.nanoTime();
            // Built once per reader, as IndexService keeps it: the facet ordinals of the whole index.
            SortedSetDocValuesReaderState facetState = SearchService.facetState(reader);
            out.put("query.openMs", (System.nanoTime() - open) / 1_000_000);
            SearchQueryParser parser = new SearchQueryParser();
            List<String> hits = new ArrayList<>();
            run(reader, parser, facetState, queries, new QueryClock(queries.size()), null);
            QueryClock clock = new QueryClock(queries.size());
            run(reader, parser, facetState, queries, clock, hits);
            out.putQueries(queries, clock, hits, folder.resolve("hits-ours.txt"));
        }
    }

    /** Runs every query as IndexService.search does; records total hits when {@code hits} is given. */
    private static void run(DirectoryReader reader, SearchQueryParser parser, SortedSetDocValuesReaderState facetState,
            List<BenchQuery> queries, QueryClock clock, List<String> hits) throws IOException {
        for (int i = 0; i < queries.size(); i++) {
            clock.start();
            SearchResult result = new SearchService(reader, parser, facetState).search(queries.get(i).ours(), 10);
            clock.stop(i);
            if (!result.parse().isValid()) {
                throw new IllegalStateException("query " + (i + 1) + " '" + queries.get(i).ours() + "' does not parse: "
                        + result.parse().hint());
            }
            if (hits != null) {
                hits.add(Long.toString(result.totalHits()));
            }
        }
    }
}
