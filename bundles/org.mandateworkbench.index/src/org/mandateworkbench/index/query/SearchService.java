package org.mandateworkbench.index.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.mandateworkbench.index.schema.IndexFields;
import org.mandateworkbench.index.schema.UnitIds;

/**
 * Searches one index reader: parses the typed text ({@link SearchQueryParser}), returns the best hits
 * with highlighted snippets (UnifiedHighlighter, which analyzes the stored text of the hits shown, as
 * the postings hold no offsets; the overlapping bigrams of a Chinese word merge into one highlight) and the facet counts of all hits, with drill-down and sideways counts
 * ({@link SearchRequest}), by relevance or by date. Hits that tie come newest first, then in the
 * order of their unit ids ({@link UnitIds#orderKey}), never in index order, which each rebuild
 * varies. Facet counting visits every hit, so broad queries cost more. Cheap to create per reader;
 * not thread-safe because the parser is not.
 */
public final class SearchService {

    private static final int FACET_VALUES = 50;
    private static final int PASSAGES = 2;
    private static final FacetsConfig FACETS_CONFIG = IndexFields.facetsConfig();
    /** Best match first; ties newest first, then by unit id. */
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, dateField(), unitOrderField());
    /** Newest first (undated last); ties best match first, then by unit id. */
    private static final Sort BY_DATE = new Sort(dateField(), SortField.FIELD_SCORE, unitOrderField());
    private static final String EN = "en"; //$NON-NLS-1$
    private static final String ZH = "zh"; //$NON-NLS-1$
    /**
     * Analyzes the stored text of the hits shown (the postings hold no offsets). Shared: an analyzer
     * keeps its token streams per thread, so each search reuses them instead of building new ones.
     */
    private static final Analyzer HIGHLIGHT_ANALYZER = IndexFields.indexAnalyzer();

    private final IndexSearcher searcher;
    private final SearchQueryParser parser;
    private final SortedSetDocValuesReaderState facetState;

    /** @param reader an open reader of an index built with {@link IndexFields} */
    public SearchService(IndexReader reader) {
        this(reader, new SearchQueryParser(), facetState(reader));
    }

    /**
     * @param parser     the parser of typed queries
     * @param facetState the facet ordinals of this reader ({@link #facetState(IndexReader)}), costly
     *                   to build, so callers that search one reader often should keep it; null when
     *                   the index has no facet values
     */
    public SearchService(IndexReader reader, SearchQueryParser parser, SortedSetDocValuesReaderState facetState) {
        this.searcher = new IndexSearcher(reader);
        this.parser = parser;
        this.facetState = facetState;
    }

    private static SortField dateField() {
        SortField date = new SortField(IndexFields.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return date;
    }

    private static SortField unitOrderField() {
        SortField order = new SortField(IndexFields.ORDER, SortField.Type.STRING);
        order.setMissingValue(SortField.STRING_LAST);
        return order;
    }

    /** @return the facet ordinals of the reader, or null when no document has a facet value */
    public static SortedSetDocValuesReaderState facetState(IndexReader reader) {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, IndexFields.facetsConfig());
        } catch (IllegalArgumentException | IOException e) {
            // No document has any facet value yet (e.g. an empty index); facets are then empty.
            return null;
        }
    }

    /**
     * Searches for the typed text, best hits first.
     *
     * @param limit the maximum number of hits returned
     * @throws IOException when the index cannot be read
     */
    public SearchResult search(String text, int limit) throws IOException {
        return search(SearchRequest.of(text, limit));
    }

    /**
     * Searches as requested. Facet counts of a drilled-down dimension are sideways counts: they count
     * the hits of every other constraint, so the other values of that dimension stay offered.
     *
     * @throws IOException when the index cannot be read
     */
    public SearchResult search(SearchRequest request) throws IOException {
        QueryParseResult parse = parser.parse(request.text());
        if (!parse.isValid()) {
            return new SearchResult(parse, 0, List.of(), Map.of());
        }
        int limit = Math.max(1, request.limit());
        Sort sort = request.order() == SearchOrder.DATE ? BY_DATE : BY_RELEVANCE;
        TopDocs top;
        Facets facets;
        if (facetState == null) {
            top = searcher.search(parse.query(), limit, sort);
            facets = null;
        } else {
            DrillDownQuery query = new DrillDownQuery(FACETS_CONFIG, parse.query());
            // Adding a dimension again ORs the values.
            request.drillDowns().forEach((dimension, values) -> values
                    .forEach(value -> query.add(dimension, IndexFields.drillDownQuery(dimension, value))));
            DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, FACETS_CONFIG, facetState)
                    .search(query, null, null, limit, sort, false);
            top = result.hits;
            facets = result.facets;
        }
        Map<String, String[]> snippets = highlight(parse, top);
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            hits.add(hit(top.scoreDocs[i], score(top.scoreDocs[i], sort), snippet(snippets, i)));
        }
        return new SearchResult(parse, top.totalHits.value(), hits, facets(facets));
    }

    private Map<String, String[]> highlight(QueryParseResult parse, TopDocs top) throws IOException {
        if (top.scoreDocs.length == 0) {
            return Map.of();
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, HIGHLIGHT_ANALYZER).build();
        String[] fields = IndexFields.TEXT_FIELDS.toArray(String[]::new);
        int[] passages = new int[fields.length];
        Arrays.fill(passages, PASSAGES);
        return highlighter.highlightFields(fields, parse.query(), top, passages);
    }

    /** The best snippet of a hit and the text field it comes from. */
    private record Snippet(String field, String text) {
    }

    private static Snippet snippet(Map<String, String[]> snippets, int index) {
        Snippet fallback = new Snippet(IndexFields.TEXT_EN, ""); //$NON-NLS-1$
        for (String field : IndexFields.TEXT_FIELDS) {
            String[] values = snippets.get(field);
            String value = values == null ? null : values[index];
            if (value != null && value.contains("<b>")) { //$NON-NLS-1$
                return new Snippet(field, value);
            }
            if (value != null && fallback.text().isEmpty()) {
                fallback = new Snippet(field, value);
            }
        }
        return fallback;
    }

    /**
     * Finds the other language's version of a unit (see {@link TwinText}).
     *
     * @param unitId       the id of a hit
     * @param fromLanguage the language the hit was shown in (en or zh)
     * @return the twin, empty when the unit or its text in the other language does not exist
     * @throws IOException when the index cannot be read
     */
    public Optional<TwinText> twin(String unitId, String fromLanguage) throws IOException {
        String target = ZH.equals(primaryLanguage(fromLanguage)) ? EN : ZH;
        String twinId = UnitIds.inLanguage(unitId, target);
        TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, twinId)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
        String text = doc.get(ZH.equals(target) ? IndexFields.TEXT_ZH : IndexFields.TEXT_EN);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new TwinText(twinId, target, List.of(doc.getValues(IndexFields.SYMBOL_DISPLAY)),
                valueOrEmpty(doc.get(IndexFields.PARAGRAPH)), text));
    }

    private static String primaryLanguage(String language) {
        String lower = language == null ? EN : language.toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        return dash < 0 ? lower : lower.substring(0, dash);
    }

    /** @return the score of a hit, which the sort keeps among its values (scoring the hit again would cost) */
    private static float score(ScoreDoc scoreDoc, Sort sort) {
        SortField[] fields = sort.getSort();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].getType() == SortField.Type.SCORE) {
                return (Float) ((FieldDoc) scoreDoc).fields[i];
            }
        }
        throw new IllegalArgumentException(sort.toString());
    }

    private SearchHit hit(ScoreDoc scoreDoc, float score, Snippet snippet) throws IOException {
        Document doc = searcher.storedFields().document(scoreDoc.doc);
        List<String> bodies = Arrays.stream(doc.getValues(IndexFields.BODY)).map(b -> b.toUpperCase(Locale.ROOT)).toList();
        return new SearchHit(doc.get(IndexFields.ID), doc.get(IndexFields.TYPE),
                List.of(doc.getValues(IndexFields.SYMBOL_DISPLAY)), valueOrEmpty(doc.get(IndexFields.PARAGRAPH)),
                valueOrEmpty(doc.get(IndexFields.SECTION)), valueOrEmpty(doc.get(IndexFields.DATE)), bodies, snippet.text(), score,
                IndexFields.TEXT_ZH.equals(snippet.field()) ? ZH : EN, valueOrEmpty(doc.get(IndexFields.ACCESS)));
    }

    private static String valueOrEmpty(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }

    private static Map<String, List<FacetCount>> facets(Facets facets) throws IOException {
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        if (facets == null) {
            return counts;
        }
        for (String dimension : IndexFields.FACETS) {
            FacetResult top;
            try {
                top = facets.getTopChildren(FACET_VALUES, dimension);
            } catch (IllegalArgumentException e) {
                // The dimension has no value in this index.
                top = null;
            }
            List<FacetCount> values = new ArrayList<>();
            if (top != null) {
                for (LabelAndValue label : top.labelValues) {
                    values.add(new FacetCount(label.label, label.value.intValue()));
                }
            }
            counts.put(dimension, List.copyOf(values));
        }
        return counts;
    }
}
