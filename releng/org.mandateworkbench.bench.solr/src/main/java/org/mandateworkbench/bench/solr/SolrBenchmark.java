package org.mandateworkbench.bench.solr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.CoreContainer;
import org.mandateworkbench.bench.search.BenchQuery;
import org.mandateworkbench.bench.search.CorpusReader;
import org.mandateworkbench.bench.search.CorpusRecord;
import org.mandateworkbench.bench.search.Measurements;
import org.mandateworkbench.bench.search.QueryClock;

/**
 * The Solr side of the search benchmark: Apache Solr 9 embedded (EmbeddedSolrServer, no HTTP) indexes
 * DIR/corpus.tsv with the schema of this module (the workbench's analysis, see schema.xml), then runs
 * DIR/queries.tsv warm, asking for what the workbench's search shows: the top 10 with their stored
 * fields, the facet counts of all hits on the same six dimensions and two highlighted passages per text
 * field. Records its figures under solr.* in DIR/results.properties.
 * <p>
 * Usage: SolrBenchmark DIR [THREADS]
 */
public final class SolrBenchmark {

    private static final String CORE = "bench";
    private static final String[] FACETS = { "body", "year", "type", "lang", "state", "status" };

    private SolrBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (IOException | SolrServerException | RuntimeException e) {
            e.printStackTrace();
            status = 1;
        }
        // Solr leaves non-daemon client threads behind, which would keep the JVM alive.
        System.exit(status);
    }

    private static void run(String[] args) throws IOException, SolrServerException {
        if (args.length < 1) {
            System.err.println("usage: SolrBenchmark DIR [THREADS]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Measurements out = new Measurements(folder.resolve("results.properties"), "solr");
        Path home = folder.resolve("solr-home");
        Path index = folder.resolve("index-solr");
        Measurements.deleteTree(home);
        Measurements.deleteTree(index);
        writeHome(home, index);
        CoreContainer container = new CoreContainer(home, new Properties());
        container.load();
        try (EmbeddedSolrServer server = new EmbeddedSolrServer(container, CORE)) {
            index(server, folder, threads, out, index);
            query(server, folder, out);
        } finally {
            container.shutdown();
        }
    }

    private static void writeHome(Path home, Path index) throws IOException {
        Path conf = home.resolve(CORE).resolve("conf");
        Files.createDirectories(conf);
        copy("solr.xml", home.resolve("solr.xml"));
        copy("solrconfig.xml", conf.resolve("solrconfig.xml"));
        copy("schema.xml", conf.resolve("schema.xml"));
        Files.writeString(home.resolve(CORE).resolve("core.properties"),
                "name=" + CORE + "\ndataDir=" + index.toAbsolutePath().toString().replace("\\", "/") + "\n",
                StandardCharsets.UTF_8);
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = SolrBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing next to " + SolrBenchmark.class.getName());
            }
            Files.copy(in, target);
        }
    }

    private static void index(EmbeddedSolrServer server, Path folder, int threads, Measurements out, Path index)
            throws IOException, SolrServerException {
        Measurements.resetPeakHeap();
        long start = System.nanoTime();
        long[] read = CorpusReader.feed(folder.resolve("corpus.tsv"), Long.MAX_VALUE, threads, batch -> {
            List<SolrInputDocument> documents = new ArrayList<>(batch.size());
            batch.forEach(record -> documents.add(document(record)));
            server.add(documents);
        });
        server.commit();
        out.putIndexing(threads, read, start, index);
    }

    private static SolrInputDocument document(CorpusRecord record) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField("id", record.id());
        doc.addField("type", record.kind());
        doc.addField("lang", record.language());
        doc.addField("body", record.bodyPrefix().toLowerCase(Locale.ROOT));
        doc.addField("body", record.body().toLowerCase(Locale.ROOT));
        doc.addField("meeting", record.meeting());
        if (!record.addressee().isEmpty()) {
            doc.addField("addressee", record.addressee());
        }
        record.states().forEach(code -> doc.addField("state", code));
        if (!record.resolution().isEmpty()) {
            doc.addField("resolution", record.resolution());
        }
        doc.addField("year", record.date().getYear());
        doc.addField("date", Date.from(record.date().atStartOfDay().toInstant(ZoneOffset.UTC)));
        doc.addField("paragraph",
                record.letter().isEmpty() ? Integer.toString(record.paragraph()) : record.paragraph() + " (" + record.letter() + ")");
        doc.addField("symbol_display", record.symbol());
        doc.addField("symbol_path", record.symbol());
        doc.addField("symbol_tail", record.symbol());
        doc.addField("zh".equals(record.language()) ? "text_zh" : "text_en", record.text());
        return doc;
    }

    private static void query(EmbeddedSolrServer server, Path folder, Measurements out)
            throws IOException, SolrServerException {
        List<BenchQuery> queries = BenchQuery.load(folder.resolve("queries.tsv"));
        Measurements.resetPeakHeap();
        long open = System.nanoTime();
        server.query(request("*:*"));
        out.put("query.openMs", (System.nanoTime() - open) / 1_000_000);
        run(server, queries, null, null);
        List<String> hits = new ArrayList<>();
        QueryClock clock = new QueryClock(queries.size());
        run(server, queries, clock, hits);
        out.putQueries(queries, clock, hits, folder.resolve("hits-solr.txt"));
    }

    private static void run(EmbeddedSolrServer server, List<BenchQuery> queries, QueryClock clock, List<String> hits)
            throws IOException, SolrServerException {
        for (int i = 0; i < queries.size(); i++) {
            SolrQuery request = request(queries.get(i).solr());
            if (clock != null) {
                clock.start();
            }
            QueryResponse response = server.query(request);
            if (clock != null) {
                clock.stop(i);
            }
            if (hits != null) {
                hits.add(Long.toString(response.getResults().getNumFound()));
            }
        }
    }

    private static SolrQuery request(String text) {
        SolrQuery query = new SolrQuery(text);
        query.setRows(10);
        query.setFields("id", "type", "symbol_display", "paragraph", "date", "body", "score");
        query.setFacet(true);
        query.addFacetField(FACETS);
        query.setFacetLimit(50);
        query.setFacetMinCount(1);
        query.setHighlight(true);
        query.set("hl.method", "unified");
        query.set("hl.fl", "text_en,text_zh");
        query.setHighlightSnippets(2);
        return query;
    }
}
