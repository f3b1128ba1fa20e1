package org.mandateworkbench.bench.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.mandateworkbench.index.IndexService;
import org.mandateworkbench.index.analysis.ChineseTextAnalyzer;
import org.mandateworkbench.index.query.SearchHit;
import org.mandateworkbench.model.demo.DemoModel;

/**
 * Ranks the judged queries of the index tests (judged-queries.tsv of
 * org.mandateworkbench.index.tests) over the demo workspace, as JudgedRelevanceTest does, with whatever
 * ChineseTextAnalyzer is first on the class path, and prints one line per query (P@5, RR, the query)
 * followed by "mean P@5 MRR" and the tokens of a few sample texts. Run by
 * {@link ChineseAnalyzerComparison}, one JVM per analyzer.
 * <p>
 * Usage: JudgedRun JUDGED_TSV [CORPUS_TSV]; with a corpus, also prints the analyzer's speed on its
 * Chinese paragraphs ("speed", paragraphs per second, one thread, analysis only).
 */
public final class JudgedRun {

    private static final int CUTOFF = 5;
    private static final int RANKED = 100;
    private static final int SPEED_PARAGRAPHS = 20_000;
    /** Texts whose Chinese tokens the comparison shows. */
    static final List<String> SAMPLES = List.of("双重犯罪", "资产追回联络点", "电子系统", "用于跟踪司法协助请求的电子工具");

    private JudgedRun() {
    }

    private record Judged(String query, Set<String> relevant) {
    }

    public static void main(String[] args) throws IOException {
        List<Judged> judged = load(Path.of(args[0]));
        Path folder = Files.createTempDirectory("mwb-judged");
        double precision = 0;
        double reciprocal = 0;
        try (IndexService index = IndexService.open(folder, DemoModel.create(), false)) {
            for (Judged query : judged) {
                List<String> ids = index.search(query.query(), RANKED).hits().stream().map(SearchHit::id).toList();
                long found = ids.stream().limit(CUTOFF).filter(query.relevant()::contains).count();
                double p = (double) found / Math.min(CUTOFF, query.relevant().size());
                double rr = 0;
                for (int i = 0; i < ids.size(); i++) {
                    if (query.relevant().contains(ids.get(i))) {
                        rr = 1.0 / (i + 1);
                        break;
                    }
                }
                precision += p;
                reciprocal += rr;
                System.out.printf(Locale.ROOT, "query\t%.2f\t%.2f\t%s%n", p, rr, query.query());
            }
        } finally {
            Measurements.deleteTree(folder);
        }
        System.out.printf(Locale.ROOT, "mean\t%.3f\t%.3f\t%d%n", precision / judged.size(), reciprocal / judged.size(),
                judged.size());
        try (Analyzer analyzer = new ChineseTextAnalyzer()) {
            for (String sample : SAMPLES) {
                System.out.println("tokens\t" + sample + "\t" + String.join(" ", tokens(analyzer, sample)));
            }
            if (args.length > 1) {
                System.out.printf(Locale.ROOT, "speed\t%d%n", Math.round(speed(analyzer, Path.of(args[1]))));
            }
        }
    }

    /** @return Chinese paragraphs of the corpus analyzed per second, after one pass to warm up */
    private static double speed(Analyzer analyzer, Path corpus) throws IOException {
        List<String> texts = new ArrayList<>();
        CorpusReader.each(corpus, record -> {
            if ("zh".equals(record.language()) && texts.size() < SPEED_PARAGRAPHS) {
                texts.add(record.text());
            }
        });
        for (String text : texts) {
            tokens(analyzer, text);
        }
        long start = System.nanoTime();
        for (String text : texts) {
            tokens(analyzer, text);
        }
        return texts.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text_zh", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    /** Reads the judged file as the test does: query, TAB, space-separated ids; # comments. */
    private static List<Judged> load(Path file) throws IOException {
        List<Judged> judged = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 2) {
                throw new IllegalArgumentException(file + " line " + number + ": expected a query, a TAB and unit ids");
            }
            judged.add(new Judged(columns[0].strip(), Set.of(columns[1].strip().split(" +"))));
        }
        return judged;
    }
}
