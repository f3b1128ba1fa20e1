package org.mandateworkbench.index.query;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.index.analysis.ChineseTextAnalyzer;
import org.mandateworkbench.index.analysis.EnglishTextAnalyzer;
import org.mandateworkbench.index.analysis.StateAliases;
import org.mandateworkbench.index.analysis.SymbolAnalyzer;
import org.mandateworkbench.index.schema.IndexFields;

/**
 * Parses what a user types in the search box: words (searched in the English and the Chinese
 * text), "phrases", AND / OR / NOT, + and -, parentheses, prefix* and the field prefixes symbol:,
 * body:, meeting:, state:, year:, date:, type:, status:, addressee:, lang:, resolution: and access:.
 * {@code resolution 7/1} and {@code 第 7/1 号决议} mean a bare 7/1; a State's name as a word also finds
 * the units of that State, and a day or month as a word ({@link TypedDates}) the units dated then. Ranges work on year
 * (year:[2017 TO 2019]) and date (date:[2017-01-01 TO 2018-12-31]); a bare year in date: means the
 * whole year. Terms combine with AND unless OR is written. Slashes need no escaping, so
 * symbol:CAC/COSP/EG.1/2019 finds every 2019 document of the expert meeting.
 * <p>
 * Never throws on bad input: {@link #parse(String)} returns a {@link QueryParseResult} with the error
 * position and a localized hint. Not thread-safe; create one per thread.
 */
public final class SearchQueryParser {

    private static final String DEFAULT_FIELD = "text"; //$NON-NLS-1$
    private static final String OPEN_END = "*"; //$NON-NLS-1$
    private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)"); //$NON-NLS-1$
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}"); //$NON-NLS-1$
    private static final Pattern STATE_CODE = Pattern.compile("[A-Za-z]{2,3}"); //$NON-NLS-1$
    private static final Pattern RESOLUTION_NUMBER = Pattern.compile("\\d{1,3}/\\d{1,3}"); //$NON-NLS-1$
    private static final List<String> FIELDS = List.of(IndexFields.SYMBOL, IndexFields.RESOLUTION, IndexFields.BODY, IndexFields.MEETING,
            IndexFields.STATE, IndexFields.YEAR, IndexFields.DATE, IndexFields.TYPE, IndexFields.STATUS,
            IndexFields.ADDRESSEE, IndexFields.LANG, IndexFields.ACCESS, IndexFields.TEXT_EN, IndexFields.TEXT_ZH);

    private final StateAliases states;
    private final FieldAwareParser parser;
    private String original = ""; //$NON-NLS-1$

    /** Creates a parser using the bundled State list for state: values. */
    public SearchQueryParser() {
        this(StateAliases.standard());
    }

    /** @param states how state: values are resolved to ISO codes */
    public SearchQueryParser(StateAliases states) {
        this.states = states;
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
                Map.of(IndexFields.TEXT_EN, new EnglishTextAnalyzer(), IndexFields.TEXT_ZH, ChineseTextAnalyzer.forQueries(),
                        IndexFields.SYMBOL, SymbolAnalyzer.forQueries()));
        this.parser = new FieldAwareParser(analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        // One call per word, so each word is searched in both languages and the default AND applies.
        parser.setSplitOnWhitespace(true);
    }

    /** @return the query for the text, or the error position and a hint */
    public QueryParseResult parse(String text) {
        original = text == null ? "" : text; //$NON-NLS-1$
        if (original.isBlank()) {
            return QueryParseResult.error(0, Messages.Query_empty);
        }
        EscapedText escaped = EscapedText.of(original);
        try {
            return QueryParseResult.of(matchAllWhenOnlyNegative(parser.parse(escaped.text())));
        } catch (ParseException e) {
            return describe(e, escaped);
        } catch (IndexSearcher.TooManyClauses e) {
            return QueryParseResult.error(0, Messages.Query_tooManyClauses);
        }
    }

    private QueryParseResult describe(ParseException wrapper, EscapedText escaped) {
        Throwable cause = wrapper.getCause() == null ? wrapper : wrapper.getCause();
        if (cause instanceof FieldValueException value) {
            return QueryParseResult.error(value.position, value.getMessage());
        }
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return QueryParseResult.error(0, Messages.Query_tooManyClauses);
        }
        if (cause instanceof ParseException syntax && syntax.currentToken != null) {
            Token bad = syntax.currentToken.next;
            if (bad == null || bad.kind == 0) {
                int position = unclosedOpener(original);
                return QueryParseResult.error(position, NLS.bind(Messages.Query_unterminated, position));
            }
            int position = escaped.originalPosition(bad.beginColumn);
            return QueryParseResult.error(position, NLS.bind(Messages.Query_unexpected, bad.image, position));
        }
        if (cause instanceof TokenMgrError lexical) {
            Matcher column = LEXICAL_COLUMN.matcher(String.valueOf(lexical.getMessage()));
            int position = column.find() ? escaped.originalPosition(Integer.parseInt(column.group(1))) : original.length();
            int opener = unclosedOpener(original);
            position = opener < original.length() ? opener : Math.min(position, original.length());
            return QueryParseResult.error(position, NLS.bind(Messages.Query_unterminated, position));
        }
        return QueryParseResult.error(0, NLS.bind(Messages.Query_unexpected, original, 0));
    }

    /**
     * @return the position of the quotation mark, parenthesis or range bracket left open last, or the
     *         text's length when all are closed
     */
    static int unclosedOpener(String text) {
        ArrayDeque<Integer> open = new ArrayDeque<>();
        int quote = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quote = quote < 0 ? i : -1;
            } else if (quote < 0 && (c == '(' || c == '[' || c == '{')) {
                open.push(i);
            } else if (quote < 0 && (c == ')' || c == ']' || c == '}') && !open.isEmpty()) {
                open.pop();
            }
        }
        if (quote >= 0) {
            return quote;
        }
        return open.isEmpty() ? text.length() : open.peek();
    }

    private static Query matchAllWhenOnlyNegative(Query query) {
        if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            bool.clauses().forEach(builder::add);
            return builder.build();
        }
        return query;
    }

    private int positionOf(String field, String value) {
        int at = original.toLowerCase(Locale.ROOT).indexOf(field + ":"); //$NON-NLS-1$
        if (at < 0) {
            return Math.max(0, original.indexOf(value));
        }
        return at + field.length() + 1;
    }

    private FieldValueException unknownField(String field) {
        int at = original.indexOf(field + ":"); //$NON-NLS-1$
        return new FieldValueException(Math.max(0, at), NLS.bind(Messages.Query_unknownField, field));
    }

    private FieldValueException badValue(String field, String value, String message) {
        return new FieldValueException(positionOf(field, value), NLS.bind(message, value));
    }

    /** Classic Lucene syntax, with each field turned into the query its index field needs. */
    private final class FieldAwareParser extends QueryParser {

        FieldAwareParser(Analyzer analyzer) {
            super(DEFAULT_FIELD, analyzer);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            String name = field.toLowerCase(Locale.ROOT);
            switch (name) {
                case DEFAULT_FIELD:
                    return textQuery(queryText, quoted);
                case IndexFields.TEXT_EN:
                    return super.getFieldQuery(IndexFields.TEXT_EN, queryText, quoted);
                case IndexFields.TEXT_ZH:
                    return orNothing(createPhraseQuery(IndexFields.TEXT_ZH, queryText));
                case IndexFields.SYMBOL:
                    return SymbolAnalyzer.query(IndexFields.SYMBOL, queryText);
                case IndexFields.STATE:
                    Optional<String> code = states.iso3(queryText);
                    if (code.isEmpty()) {
                        throw badValue(name, queryText, Messages.Query_unknownState);
                    }
                    return new TermQuery(new Term(IndexFields.STATE, code.get()));
                case IndexFields.YEAR:
                    int year = year(name, queryText);
                    return IndexFields.yearQuery(year, year);
                case IndexFields.DATE:
                    return dateRange(queryText, queryText, true, true);
                default:
                    if (IndexFields.KEYWORD_FIELDS.contains(name)) {
                        return new TermQuery(new Term(name, queryText.strip().toLowerCase(Locale.ROOT)));
                    }
                    throw unknownField(field);
            }
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                boolean endInclusive) throws ParseException {
            String name = field.toLowerCase(Locale.ROOT);
            if (IndexFields.YEAR.equals(name)) {
                int lower = isOpen(part1) ? Integer.MIN_VALUE : year(name, part1) + (startInclusive ? 0 : 1);
                int upper = isOpen(part2) ? Integer.MAX_VALUE : year(name, part2) - (endInclusive ? 0 : 1);
                return lower > upper ? new MatchNoDocsQuery() : IndexFields.yearQuery(lower, upper);
            }
            if (IndexFields.DATE.equals(name)) {
                return dateRange(part1, part2, startInclusive, endInclusive);
            }
            checkField(field);
            return super.getRangeQuery(name, part1, part2, startInclusive, endInclusive);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            String name = field.toLowerCase(Locale.ROOT);
            if (DEFAULT_FIELD.equals(name)) {
                return either(super.getPrefixQuery(IndexFields.TEXT_EN, termStr),
                        super.getPrefixQuery(IndexFields.TEXT_ZH, termStr));
            }
            if (IndexFields.SYMBOL.equals(name)) {
                // Leading component runs are indexed whole, so CAC/COSP* means the series CAC/COSP.
                return SymbolAnalyzer.query(IndexFields.SYMBOL, termStr);
            }
            checkField(field);
            return super.getPrefixQuery(name, termStr.toLowerCase(Locale.ROOT));
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            String name = field.toLowerCase(Locale.ROOT);
            if (OPEN_END.equals(field)) {
                return super.getWildcardQuery(field, termStr);
            }
            if (DEFAULT_FIELD.equals(name)) {
                return either(super.getWildcardQuery(IndexFields.TEXT_EN, termStr),
                        super.getWildcardQuery(IndexFields.TEXT_ZH, termStr));
            }
            checkField(field);
            return super.getWildcardQuery(name, termStr.toLowerCase(Locale.ROOT));
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            String name = field.toLowerCase(Locale.ROOT);
            if (DEFAULT_FIELD.equals(name)) {
                return either(super.getFuzzyQuery(IndexFields.TEXT_EN, termStr, minSimilarity),
                        super.getFuzzyQuery(IndexFields.TEXT_ZH, termStr, minSimilarity));
            }
            checkField(field);
            return super.getFuzzyQuery(name, termStr, minSimilarity);
        }

        private void checkField(String field) throws FieldValueException {
            if (!FIELDS.contains(field.toLowerCase(Locale.ROOT))) {
                throw unknownField(field);
            }
        }

        private Query textQuery(String text, boolean quoted) throws ParseException {
            Query english = super.getFieldQuery(IndexFields.TEXT_EN, text, quoted);
            // Bigrams of one word must follow each other, else 双重犯罪 would match 双重 anywhere.
            Query chinese = withBigramsItStarts(createPhraseQuery(IndexFields.TEXT_ZH, text));
            Query words = either(english, chinese);
            // A bare 7/1 also means the units that come from resolution or decision 7/1.
            if (RESOLUTION_NUMBER.matcher(text.strip()).matches()) {
                return either(words, new TermQuery(new Term(IndexFields.RESOLUTION, text.strip())));
            }
            // A day or month typed as a word also means the units dated then (a note verbale holds its
            // date in date:, not in its text).
            Optional<TypedDates.Days> days = quoted ? Optional.empty() : TypedDates.of(text.strip());
            if (days.isPresent()) {
                return either(words, LongPoint.newRangeQuery(IndexFields.DATE, days.get().first().toEpochDay(),
                        days.get().last().toEpochDay()));
            }
            // A State's name typed as a word also means its units (a reply holds its State in state:, not
            // in its text). Codes are left out: as words, "no" or "in" would name Norway or India.
            Optional<String> state = quoted || STATE_CODE.matcher(text.strip()).matches() ? Optional.empty()
                    : states.iso3(text.strip());
            return state.isPresent() ? either(words, new TermQuery(new Term(IndexFields.STATE, state.get()))) : words;
        }

        private int year(String field, String text) throws FieldValueException {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw badValue(field, text, Messages.Query_badYear);
            }
        }

        private Query dateRange(String from, String to, boolean startInclusive, boolean endInclusive)
                throws FieldValueException {
            long lower = isOpen(from) ? Long.MIN_VALUE : day(from, true) + (startInclusive ? 0 : 1);
            long upper = isOpen(to) ? Long.MAX_VALUE : day(to, false) - (endInclusive ? 0 : 1);
            return LongPoint.newRangeQuery(IndexFields.DATE, lower, upper);
        }

        private long day(String text, boolean start) throws FieldValueException {
            String value = text.strip();
            try {
                if (YEAR_ONLY.matcher(value).matches()) {
                    int year = Integer.parseInt(value);
                    return (start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31)).toEpochDay();
                }
                return LocalDate.parse(value).toEpochDay();
            } catch (DateTimeParseException e) {
                throw badValue(IndexFields.DATE, text, Messages.Query_badDate);
            }
        }
    }

    /**
     * A Han character typed alone is a term of its own only where it stands alone in the text (or
     * next to a number); elsewhere it is inside bigrams. So it also means the bigrams it starts, which
     * hold every place of it but the last character of a run.
     */
    private static Query withBigramsItStarts(Query chinese) {
        if (chinese instanceof TermQuery single) {
            String text = single.getTerm().text();
            if (text.codePointCount(0, text.length()) == 1
                    && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN) {
                return either(single, new PrefixQuery(single.getTerm()));
            }
        }
        return chinese;
    }

    private static boolean isOpen(String part) {
        return part == null || OPEN_END.equals(part);
    }

    private static Query orNothing(Query query) {
        return query == null ? new MatchNoDocsQuery() : query;
    }

    private static Query either(Query first, Query second) {
        List<Query> present = new ArrayList<>(2);
        if (first != null) {
            present.add(first);
        }
        if (second != null) {
            present.add(second);
        }
        if (present.isEmpty()) {
            return null;
        }
        if (present.size() == 1) {
            return present.get(0);
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        present.forEach(q -> builder.add(q, BooleanClause.Occur.SHOULD));
        return builder.build();
    }

    /** A field value the index cannot use, with where it is in the typed text. */
    private static final class FieldValueException extends ParseException {

        private static final long serialVersionUID = 1L;
        final int position;

        FieldValueException(int position, String message) {
            super(message);
            this.position = position;
        }
    }
}
