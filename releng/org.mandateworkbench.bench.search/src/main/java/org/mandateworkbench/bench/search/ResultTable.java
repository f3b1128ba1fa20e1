package org.mandateworkbench.bench.search;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

/** Prints what the engines recorded in results.properties as one side-by-side table. */
final class ResultTable {

    private static final String ROW = "%-30s %12s %12s %12s %10s %10s%n";
    private static final double P99_TARGET_MS = 50;
    private static final double INDEXING_TARGET = 0.8;

    private final Properties figures = new Properties();
    private final StringBuilder out = new StringBuilder();

    private ResultTable(Path folder) throws IOException {
        try (Reader in = Files.newBufferedReader(folder.resolve("results.properties"), StandardCharsets.UTF_8)) {
            figures.load(in);
        }
    }

    static String render(Path folder) throws IOException {
        ResultTable table = new ResultTable(folder);
        table.write(folder);
        return table.out.toString();
    }

    private void write(Path folder) throws IOException {
        line("Search benchmark: %s paragraphs, %s indexing thread(s) per engine (ours: writer threads, plus one deriving the units), %s warm queries (top 10 + facets + highlights)%n",
                get("ours.paragraphs"), get("ours.threads"), get("ours.query.count"));
        line(ROW, "", "raw Lucene", "ours", "Solr 9", "ours/raw", "ours/Solr");
        row("indexing, paragraphs/s", "index.rate", true, true);
        row("indexing, MB of text/s", "index.mbps", true, true);
        row("indexing, seconds", "index.seconds", false, true);
        row("indexing, paragraphs/CPU-s", "index.cpuRate", true, true);
        row("indexing, CPU seconds", "index.cpuSeconds", true, true);
        row("index size on disk, MB", "index.sizeMb", true, true);
        row("peak heap indexing, MB", "index.peakHeapMb", true, true);
        row("query p50, ms", "query.p50", false, true);
        row("query p95, ms", "query.p95", false, true);
        row("query p99, ms", "query.p99", false, true);
        row("query max, ms", "query.max", false, true);
        row("query CPU p50, ms", "query.cpu.p50", false, true);
        row("query CPU p95, ms", "query.cpu.p95", false, true);
        row("query CPU p99, ms", "query.cpu.p99", false, true);
        row("cold start, ms", "query.openMs", false, true);
        row("peak heap querying, MB", "query.peakHeapMb", false, true);
        row("live heap after GC, MB", "query.liveHeapMb", false, true);
        line("%np50 / p99 ms by kind of query        ours                 Solr%n");
        TreeSet<String> kinds = new TreeSet<>();
        for (String key : figures.stringPropertyNames()) {
            if (key.startsWith("ours.kind.") && key.endsWith(".count")) {
                kinds.add(key.substring("ours.kind.".length(), key.length() - ".count".length()));
            }
        }
        for (String kind : kinds) {
            line("%-28s %4s  %8s / %-8s   %8s / %-8s%n", kind, get("ours.kind." + kind + ".count"),
                    get("ours.kind." + kind + ".p50"), get("ours.kind." + kind + ".p99"),
                    get("solr.kind." + kind + ".p50"), get("solr.kind." + kind + ".p99"));
        }
        indexingSteps();
        hitAgreement(folder);
        targets();
    }

    private void row(String label, String key, boolean withRaw, boolean withSolr) {
        String raw = withRaw ? get("raw." + key) : "-";
        String ours = get("ours." + key);
        String solr = withSolr ? get("solr." + key) : "-";
        line(ROW, label, raw, ours, solr, ratio(ours, raw), ratio(ours, solr));
    }

    /** Raw Lucene, then our text analysis on its two fields, then all of ours: where the indexing time goes. */
    private void indexingSteps() {
        line("%nindexing step by step                                   paragraphs/s  /CPU-s   vs raw (wall, CPU)%n");
        step("raw Lucene: StandardAnalyzer, id + text", "raw");
        step("raw Lucene's two fields with our text analysis", "analysis");
        step("ours: every field of a unit of search", "ours");
    }

    private void step(String label, String engine) {
        line("%-55s %12s %8s   %s, %s%n", label, get(engine + ".index.rate"), get(engine + ".index.cpuRate"),
                ratio(get(engine + ".index.rate"), get("raw.index.rate")),
                ratio(get(engine + ".index.cpuRate"), get("raw.index.cpuRate")));
    }

    private void hitAgreement(Path folder) throws IOException {
        Path ours = folder.resolve("hits-ours.txt");
        Path solr = folder.resolve("hits-solr.txt");
        if (!Files.exists(ours) || !Files.exists(solr)) {
            return;
        }
        List<String> a = Files.readAllLines(ours);
        List<String> b = Files.readAllLines(solr);
        int same = 0;
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            same += a.get(i).equals(b.get(i)) ? 1 : 0;
        }
        line("%nqueries with the same total hit count in ours and Solr: %d of %d%n", same, Math.min(a.size(), b.size()));
    }

    private void targets() {
        double p99 = number("ours.query.p99");
        double solrP99 = number("solr.query.p99");
        double indexing = number("ours.index.rate") / number("raw.index.rate");
        double cpuP99 = number("ours.query.cpu.p99");
        double solrCpuP99 = number("solr.query.cpu.p99");
        line("%ntargets: p99 <= %.0f ms: %s (wall %.2f ms, CPU %.2f ms)%n", P99_TARGET_MS,
                verdict(p99 <= P99_TARGET_MS), p99, cpuP99);
        line("         p99 no worse than Solr: %s (wall %.2f vs %.2f ms, CPU %.2f vs %.2f ms)%n",
                verdict(p99 <= solrP99), p99, solrP99, cpuP99, solrCpuP99);
        double indexingCpu = number("ours.index.cpuRate") / number("raw.index.cpuRate");
        line("         indexing >= %.1fx raw Lucene: %s (wall %.2fx; per CPU second %.2fx; our text analysis alone %.2fx)%n",
                INDEXING_TARGET, verdict(indexing >= INDEXING_TARGET), indexing, indexingCpu,
                number("analysis.index.rate") / number("raw.index.rate"));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private String get(String key) {
        return figures.getProperty(key, "-");
    }

    private double number(String key) {
        try {
            return Double.parseDouble(get(key));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String ratio(String numerator, String denominator) {
        try {
            double value = Double.parseDouble(numerator) / Double.parseDouble(denominator);
            return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2fx", value) : "-";
        } catch (NumberFormatException e) {
            return "-";
        }
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args));
    }
}
