package org.mandateworkbench.bench.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One query of the latency run, a line of queries.tsv: its kind, what a user types in the
 * workbench's search box, and the same question in Solr's standard query syntax over the Solr
 * schema of the benchmark (State names already resolved to codes there, since Solr has no alias table).
 *
 * @param kind the mix category, e.g. zh-term or symbol-prefix
 * @param ours the query for the index bundle's SearchQueryParser
 * @param solr the query for Solr's lucene parser (q.op=AND)
 */
public record BenchQuery(String kind, String ours, String solr) {

    /** @return the queries of a queries.tsv file */
    public static List<BenchQuery> load(Path file) throws IOException {
        List<BenchQuery> queries = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            String[] c = line.split("\t", -1);
            if (c.length != 3) {
                throw new IllegalArgumentException(file + " line " + number + ": expected kind, query, Solr query");
            }
            queries.add(new BenchQuery(c[0], c[1], c[2]));
        }
        return queries;
    }

    /** @return the query as one TSV line */
    public String toLine() {
        return kind + "\t" + ours + "\t" + solr;
    }
}
