package org.mandateworkbench.bench.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.mandateworkbench.bench.search.Vocabulary.Opener;
import org.mandateworkbench.model.reference.StateCatalog;
import org.mandateworkbench.model.reference.StateReference;

/**
 * Writes a synthetic zh/en corpus of treaty-body paragraphs (corpus.tsv, one {@link CorpusRecord} a
 * line) and the latency run's query mix (queries.tsv, {@link QueryMix}), deterministically from a
 * seed. Documents come in meeting rounds of seven bodies (resolutions of the two conferences,
 * recommendations of their subsidiary bodies), each document in English and Chinese with twin
 * paragraphs of 150 to 1,000 characters (English) and 60 to 400 (Chinese) that name States by any of
 * their names or aliases, cite resolutions, symbols and dates. Written as it is generated, so any size
 * fits in constant memory.
 */
public final class CorpusGenerator {

    /** A body whose documents the corpus holds. */
    private record Series(String acronym, String prefix, boolean resolutions, String meetingKey) {
    }

    private static final List<Series> SERIES = List.of(new Series("COSP", "CAC/COSP", true, "cosp"),
            new Series("COP", "CTOC/COP", true, "cop"), new Series("EG1", "CAC/COSP/EG.1", false, "eg1"),
            new Series("WG2", "CAC/COSP/WG.2", false, "wg2"), new Series("WG4", "CAC/COSP/WG.4", false, "wg4"),
            new Series("IRG", "CAC/COSP/IRG", false, "irg"), new Series("WG3", "CTOC/COP/WG.3", false, "wg3"));
    private static final int FIRST_YEAR = 2006;
    private static final int YEARS = 20;
    private static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December" };

    private final Random random;
    private final List<StateReference> states = StateCatalog.standard().all();
    private final QueryMix queries;
    private final int[][] documentNumbers = new int[SERIES.size()][YEARS];
    private long written;

    private CorpusGenerator(long seed) {
        this.random = new Random(seed);
        this.queries = new QueryMix(new Random(seed ^ 0x5DEECE66DL), states);
    }

    /**
     * Writes {@code paragraphs} records to corpus.tsv and {@code queryCount} queries to queries.tsv in
     * {@code folder}.
     */
    public static void generate(Path folder, long paragraphs, int queryCount, long seed) throws IOException {
        Files.createDirectories(folder);
        CorpusGenerator generator = new CorpusGenerator(seed);
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("corpus.tsv"), StandardCharsets.UTF_8)) {
            generator.write(out, paragraphs);
        }
        Files.write(folder.resolve("queries.tsv"),
                generator.queries.build(queryCount).stream().map(BenchQuery::toLine).toList(), StandardCharsets.UTF_8);
    }

    private void write(BufferedWriter out, long paragraphs) throws IOException {
        for (int round = 0; written < paragraphs; round++) {
            int year = FIRST_YEAR + round % YEARS;
            for (int s = 0; s < SERIES.size() && written < paragraphs; s++) {
                int documents = 1 + random.nextInt(4);
                for (int d = 0; d < documents && written < paragraphs; d++) {
                    writeDocument(out, paragraphs, SERIES.get(s), s, round + 1, year);
                }
            }
        }
    }

    private void writeDocument(BufferedWriter out, long limit, Series series, int seriesIndex, int session, int year)
            throws IOException {
        int number = ++documentNumbers[seriesIndex][year - FIRST_YEAR];
        String symbol = series.prefix() + "/" + year + "/" + number;
        LocalDate date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String meeting = series.meetingKey() + "-" + session;
        int count = 15 + random.nextInt(56);
        int resolution = 1;
        queries.sawDocument(series.prefix(), year, symbol, series.resolutions() ? session + "/1" : null);
        for (int p = 1; p <= count && written < limit; p++) {
            if (series.resolutions() && p > 1 && random.nextInt(10) == 0) {
                resolution++;
            }
            String resolutionNumber = series.resolutions() ? session + "/" + resolution : "";
            int letters = !series.resolutions() && random.nextInt(6) == 0 ? 2 + random.nextInt(6) : 0;
            if (letters == 0) {
                writeTwins(out, series, symbol, p, "", meeting, date, resolutionNumber);
            }
            for (int l = 0; l < letters; l++) {
                writeTwins(out, series, symbol, p, String.valueOf((char) ('a' + l)), meeting, date, resolutionNumber);
            }
        }
    }

    private void writeTwins(BufferedWriter out, Series series, String symbol, int paragraph, String letter,
            String meeting, LocalDate date, String resolution) throws IOException {
        Opener opener = Vocabulary.OPENERS.get(random.nextInt(Vocabulary.OPENERS.size()));
        StringBuilder en = new StringBuilder(opener.english()).append(' ');
        StringBuilder zh = new StringBuilder(opener.chinese());
        int action = random.nextInt(Vocabulary.ACTIONS.size());
        en.append(Vocabulary.ACTIONS.get(action)[0]);
        zh.append(Vocabulary.ACTIONS.get(action)[1]);
        int clauses = 1 + random.nextInt(4);
        for (int c = 0; c < clauses; c++) {
            String[] connector = Vocabulary.CONNECTORS.get(random.nextInt(Vocabulary.CONNECTORS.size()));
            String[] more = Vocabulary.ACTIONS.get(random.nextInt(Vocabulary.ACTIONS.size()));
            en.append(connector[0]).append(' ').append(more[0]);
            zh.append(connector[1]).append(more[1]);
        }
        en.append('.');
        zh.append('。');
        List<String> codes = new ArrayList<>(2);
        int mentions = random.nextInt(10);
        if (mentions >= 5) {
            StateReference first = states.get(random.nextInt(states.size()));
            StateReference second = states.get(random.nextInt(states.size()));
            String[] sentence = Vocabulary.STATE_SENTENCES.get(random.nextInt(Vocabulary.STATE_SENTENCES.size()));
            en.append(' ').append(MessageFormat.format(sentence[0], englishName(first), englishName(second)));
            zh.append(MessageFormat.format(sentence[1], chineseName(first), chineseName(second)));
            codes.add(first.iso3());
            if (sentence[0].contains("{1}") && !second.iso3().equals(first.iso3())) {
                codes.add(second.iso3());
            }
        }
        if (random.nextInt(3) == 0) {
            String[] reference = Vocabulary.REFERENCES.get(random.nextInt(Vocabulary.REFERENCES.size()));
            String cited = (1 + random.nextInt(10)) + "/" + (1 + random.nextInt(8));
            LocalDate when = date.minusDays(random.nextInt(700));
            en.append(' ').append(MessageFormat.format(reference[0], cited, symbol,
                    when.getDayOfMonth() + " " + MONTHS[when.getMonthValue() - 1] + " " + when.getYear()));
            zh.append(MessageFormat.format(reference[1], cited, symbol,
                    when.getYear() + "年" + when.getMonthValue() + "月" + when.getDayOfMonth() + "日"));
        }
        String kind = series.resolutions() ? CorpusRecord.RESOLUTION_PARAGRAPH : CorpusRecord.RECOMMENDATION;
        for (String language : List.of("en", "zh")) {
            String id = String.format(Locale.ROOT, "p%08d", written++);
            CorpusRecord record = new CorpusRecord(id, kind, language, symbol, paragraph, letter, series.acronym(),
                    series.prefix(), meeting, date, resolution, opener.addressee(), codes,
                    "en".equals(language) ? en.toString() : zh.toString());
            out.write(record.toLine());
            out.write('\n');
        }
    }

    private String englishName(StateReference state) {
        List<String> names = new ArrayList<>(List.of(state.englishShortName(), state.englishFormalName()));
        names.addAll(state.englishAliases());
        return names.get(random.nextInt(names.size()));
    }

    private String chineseName(StateReference state) {
        List<String> names = new ArrayList<>(List.of(state.chineseShortName(), state.chineseFormalName()));
        names.addAll(state.chineseAliases());
        return names.get(random.nextInt(names.size()));
    }
}
