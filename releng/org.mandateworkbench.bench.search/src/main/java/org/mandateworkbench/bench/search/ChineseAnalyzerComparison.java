package org.mandateworkbench.bench.search;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The judged-query comparison of Chinese analyzers (releng/bench/search --judged): runs
 * {@link JudgedRun} once with the index bundle's ChineseTextAnalyzer (Unicode word breaks + CJK
 * bigrams) and once per variant of the benchmark's stand-in (ICU or smartcn segmentation, with or
 * without CJK bigrams), each in its own JVM, and prints mean P@5 and MRR per analyzer, the queries
 * where they differ and the tokens of sample texts.
 * <p>
 * Usage: ChineseAnalyzerComparison VARIANT_CLASSES CLASSPATH INDEX_TESTS_BUNDLE [CORPUS_TSV]; with a
 * corpus, each analyzer's speed on its Chinese paragraphs is shown too.
 */
public final class ChineseAnalyzerComparison {

    private static final String PRODUCT = "product: standard + bigrams";
    private static final List<String> VARIANTS = List.of("icu-bigrams", "icu-words", "smartcn-bigrams", "smartcn-words");

    private ChineseAnalyzerComparison() {
    }

    /** What one analyzer scored. */
    private record Outcome(String name, List<String[]> queries, String[] mean, List<String> tokens, String speed) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path variants = Path.of(args[0]);
        String classpath = args[1];
        Path judged = Path.of(args[2], "src/org/mandateworkbench/index/tests/relevance/judged-queries.tsv");
        String corpus = args.length > 3 ? args[3] : null;
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(run(PRODUCT, classpath, null, judged, corpus));
        for (String variant : VARIANTS) {
            outcomes.add(run(variant, variants + File.pathSeparator + classpath, variant, judged, corpus));
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Judged queries (%s of them, demo workspace): mean P@5 and MRR per Chinese analyzer%n",
                outcomes.get(0).mean()[3]));
        for (Outcome outcome : outcomes) {
            out.append(String.format(Locale.ROOT, "  %-28s P@5 %s  MRR %s  analysis %s zh paragraphs/s%n", outcome.name(),
                    outcome.mean()[1], outcome.mean()[2], outcome.speed()));
        }
        out.append(String.format(Locale.ROOT, "%nQueries where an analyzer differs from the product (P@5 / RR):%n"));
        Outcome product = outcomes.get(0);
        for (int q = 0; q < product.queries().size(); q++) {
            String[] base = product.queries().get(q);
            StringBuilder row = new StringBuilder();
            boolean differs = false;
            for (Outcome outcome : outcomes) {
                String[] line = outcome.queries().get(q);
                differs |= !line[1].equals(base[1]) || !line[2].equals(base[2]);
                row.append(String.format(Locale.ROOT, "  %s/%s", line[1], line[2]));
            }
            if (differs) {
                out.append(String.format(Locale.ROOT, "  %-40s%s%n", base[3], row));
            }
        }
        out.append(String.format(Locale.ROOT, "  (columns: %s)%n", String.join(", ", outcomes.stream().map(Outcome::name).toList())));
        out.append(String.format(Locale.ROOT, "%nTokens of sample texts:%n"));
        for (Outcome outcome : outcomes) {
            out.append(String.format(Locale.ROOT, "  %s%n", outcome.name()));
            outcome.tokens().forEach(t -> out.append("    ").append(t).append(System.lineSeparator()));
        }
        System.out.print(out);
    }

    private static Outcome run(String name, String classpath, String variant, Path judged, String corpus)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (variant != null) {
            command.add("-Dmwb.bench.chinese=" + variant);
        }
        command.addAll(List.of("-cp", classpath, JudgedRun.class.getName(), judged.toString()));
        if (corpus != null) {
            command.add(corpus);
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String[]> queries = new ArrayList<>();
        Map<String, String[]> mean = new LinkedHashMap<>();
        List<String> tokens = new ArrayList<>();
        String speed = "-";
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] columns = line.split("\t");
                switch (columns[0]) {
                    case "query" -> queries.add(columns);
                    case "mean" -> mean.put(name, columns);
                    case "tokens" -> tokens.add(columns[1] + " -> " + (columns.length > 2 ? columns[2] : ""));
                    case "speed" -> speed = columns[1];
                    default -> {
                        // Library log lines on standard output are not part of the result.
                    }
                }
            }
        }
        if (process.waitFor() != 0 || !mean.containsKey(name)) {
            throw new IOException("the judged run with " + name + " failed (exit " + process.exitValue() + ")");
        }
        return new Outcome(name, queries, mean.get(name), tokens, speed);
    }
}
