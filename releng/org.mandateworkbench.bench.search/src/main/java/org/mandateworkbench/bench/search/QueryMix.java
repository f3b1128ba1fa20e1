package org.mandateworkbench.bench.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.mandateworkbench.model.reference.StateReference;

/**
 * The mixed queries of the latency run: words and phrases in both languages, AND / OR / NOT,
 * irregular plurals, symbol prefixes, whole symbols and symbol tails, States by English or Chinese
 * name, alias or code, facet-style filters (body, year range, date range, type + addressee + year,
 * language) and resolution numbers. Each is written in the workbench's syntax and, for the same
 * question, in Solr's standard syntax over the benchmark's Solr schema. Symbols, years and
 * resolutions are sampled from what the generator wrote, so every kind has hits.
 */
final class QueryMix {

    private static final int SAMPLES = 400;

    private record Seen(String prefix, int year, String symbol, String resolution) {
    }

    private record Kind(String name, int weight, Supplier<BenchQuery> make) {
    }

    private final Random random;
    private final List<StateReference> states;
    private final List<Seen> seen = new ArrayList<>();
    private long documents;

    QueryMix(Random random, List<StateReference> states) {
        this.random = random;
        this.states = states;
    }

    /** Offers a generated document to the reservoir the symbol queries are drawn from. */
    void sawDocument(String prefix, int year, String symbol, String resolution) {
        documents++;
        Seen document = new Seen(prefix, year, symbol, resolution);
        if (seen.size() < SAMPLES) {
            seen.add(document);
        } else {
            long slot = (long) (random.nextDouble() * documents);
            if (slot < SAMPLES) {
                seen.set((int) slot, document);
            }
        }
    }

    List<BenchQuery> build(int count) {
        List<Kind> kinds = List.of(new Kind("en-term", 12, () -> term(english())),
                new Kind("en-and", 8, () -> and(english(), english())),
                new Kind("en-or", 5, this::or),
                new Kind("en-not", 3, this::not),
                new Kind("en-phrase", 8, () -> term(quoted(pick(Vocabulary.ENGLISH_PHRASES)))),
                new Kind("en-irregular", 4, () -> term(pick(Vocabulary.IRREGULAR))),
                new Kind("zh-term", 12, () -> term(chinese())),
                new Kind("zh-and", 6, () -> and(chinese(), chinese())),
                new Kind("zh-phrase", 4, () -> term(quoted(chinese() + chinese()))),
                new Kind("symbol-prefix", 8, this::symbolPrefix),
                new Kind("symbol-exact", 4, this::symbolExact),
                new Kind("symbol-tail", 3, this::symbolTail),
                new Kind("state-alias", 10, this::state),
                new Kind("facet-body", 3, this::body),
                new Kind("facet-year-range", 3, this::yearRange),
                new Kind("facet-type-addressee-year", 2, this::typeAddresseeYear),
                new Kind("facet-lang", 2, this::lang),
                new Kind("date-range", 2, this::dateRange),
                new Kind("resolution", 3, this::resolution));
        int total = kinds.stream().mapToInt(Kind::weight).sum();
        List<BenchQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int ticket = random.nextInt(total);
            for (Kind kind : kinds) {
                ticket -= kind.weight();
                if (ticket < 0) {
                    BenchQuery made = kind.make().get();
                    queries.add(new BenchQuery(kind.name(), made.ours(), made.solr()));
                    break;
                }
            }
        }
        return queries;
    }

    private BenchQuery term(String word) {
        return new BenchQuery("", word, text(word));
    }

    private BenchQuery and(String first, String second) {
        return new BenchQuery("", first + " " + second, text(first) + " AND " + text(second));
    }

    private BenchQuery or() {
        String first = english();
        String second = english();
        return new BenchQuery("", first + " OR " + second, text(first) + " OR " + text(second));
    }

    private BenchQuery not() {
        String first = english();
        String second = english();
        return new BenchQuery("", first + " NOT " + second, text(first) + " AND NOT " + text(second));
    }

    private BenchQuery symbolPrefix() {
        Seen document = sample();
        String prefix = document.prefix() + "/" + document.year();
        return new BenchQuery("", "symbol:" + prefix + "*", "symbol_path:" + solrValue(prefix));
    }

    private BenchQuery symbolExact() {
        String symbol = sample().symbol();
        String typed = random.nextBoolean() ? symbol : symbol.toLowerCase(Locale.ROOT);
        return new BenchQuery("", "symbol:" + typed, "symbol_path:" + solrValue(symbol));
    }

    private BenchQuery symbolTail() {
        String symbol = sample().symbol();
        String tail = symbol.substring(symbol.indexOf('/') + 1);
        return new BenchQuery("", "symbol:" + tail, "symbol_tail:" + solrValue(tail));
    }

    private BenchQuery state() {
        StateReference state = pick(states);
        List<String> names = new ArrayList<>(state.allNames());
        names.add(state.iso3());
        String name = pick(names);
        String word = random.nextBoolean() ? english() : chinese();
        return new BenchQuery("", "state:\"" + name + "\" " + word, "state:\"" + state.iso3() + "\" AND " + text(word));
    }

    private BenchQuery body() {
        String body = pick(List.of("COSP", "COP", "EG1", "WG2", "WG4", "IRG", "WG3"));
        String word = english();
        return new BenchQuery("", "body:" + body + " " + word,
                "body:" + body.toLowerCase(Locale.ROOT) + " AND " + text(word));
    }

    private BenchQuery yearRange() {
        int from = 2006 + random.nextInt(18);
        int to = from + random.nextInt(4);
        String word = random.nextBoolean() ? english() : chinese();
        return new BenchQuery("", "year:[" + from + " TO " + to + "] " + word,
                "year:[" + from + " TO " + to + "] AND " + text(word));
    }

    private BenchQuery typeAddresseeYear() {
        int year = sample().year();
        String addressee = random.nextBoolean() ? "secretariat" : "states-parties";
        return new BenchQuery("", "type:recommendation addressee:" + addressee + " year:" + year,
                "type:recommendation AND addressee:" + addressee + " AND year:" + year);
    }

    private BenchQuery lang() {
        boolean zh = random.nextBoolean();
        String word = zh ? chinese() : english();
        String lang = zh ? "zh" : "en";
        return new BenchQuery("", "lang:" + lang + " " + word, "lang:" + lang + " AND " + text(word));
    }

    private BenchQuery dateRange() {
        int year = 2006 + random.nextInt(18);
        String word = english();
        return new BenchQuery("", "date:[" + year + "-01-01 TO " + (year + 1) + "-06-30] " + word,
                "date:[" + year + "-01-01T00:00:00Z TO " + (year + 1) + "-06-30T23:59:59Z] AND " + text(word));
    }

    private BenchQuery resolution() {
        Seen document = sample();
        String number = document.resolution() != null ? document.resolution()
                : (1 + random.nextInt(8)) + "/" + (1 + random.nextInt(3));
        String escaped = solrValue(number);
        return new BenchQuery("", number,
                "(text_en:" + escaped + " OR text_zh:" + escaped + " OR resolution:" + escaped + ")");
    }

    private Seen sample() {
        return seen.get(random.nextInt(seen.size()));
    }

    private String english() {
        return pick(Vocabulary.ENGLISH_TERMS);
    }

    private String chinese() {
        return pick(Vocabulary.CHINESE_TERMS);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    /** The words of the workbench's plain box search both text fields; so must Solr's. */
    private static String text(String word) {
        return "(text_en:" + word + " OR text_zh:" + word + ")";
    }

    private static String solrValue(String value) {
        return value.toLowerCase(Locale.ROOT).replace("/", "\\/");
    }
}
