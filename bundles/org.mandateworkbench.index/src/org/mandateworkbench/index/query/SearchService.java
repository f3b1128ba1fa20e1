package org.mandateworkbench.index.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.mandateworkbench.index.schema.IndexFields;

/**
 * Searches one index reader: parses the typed text ({@link SearchQueryParser}), returns the best hits
 * with highlighted snippets (UnifiedHighlighter; the overlapping bigrams of a Chinese word merge into
 * one highlight) and the facet counts of all hits. Facet counting visits every hit, so broad queries
 * cost more. Cheap to create per reader; not thread-safe because the parser is not.
 */
public final class SearchService {

    private static final int FACET_VALUES = 50;
    private static final int PASSAGES = 2;

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
     * Searches for the typed text.
     *
     * @param limit the maximum number of hits returned
     * @throws IOException when the index cannot be read
     */
    public SearchResult search(String text, int limit) throws IOException {
        QueryParseResult parse = parser.parse(text);
        if (!parse.isValid()) {
            return new SearchResult(parse, 0, List.of(), Map.of());
        }
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, parse.query(),
                Math.max(1, limit), new FacetsCollectorManager());
        TopDocs top = result.topDocs();
        Map<String, String[]> snippets = highlight(parse, top);
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            hits.add(hit(top.scoreDocs[i], snippet(snippets, i)));
        }
        return new SearchResult(parse, top.totalHits.value(), hits, facets(result));
    }

    private Map<String, String[]> highlight(QueryParseResult parse, TopDocs top) throws IOException {
        if (top.scoreDocs.length == 0) {
            return Map.of();
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, IndexFields.indexAnalyzer()).build();
        String[] fields = IndexFields.TEXT_FIELDS.toArray(String[]::new);
        int[] passages = new int[fields.length];
        Arrays.fill(passages, PASSAGES);
        return highlighter.highlightFields(fields, parse.query(), top, passages);
    }

    private static String snippet(Map<String, String[]> snippets, int index) {
        String fallback = ""; //$NON-NLS-1$
        for (String field : IndexFields.TEXT_FIELDS) {
            String[] values = snippets.get(field);
            String value = values == null ? null : values[index];
            if (value != null && value.contains("<b>")) { //$NON-NLS-1$
                return value;
            }
            if (value != null && fallback.isEmpty()) {
                fallback = value;
            }
        }
        return fallback;
    }

    private SearchHit hit(ScoreDoc scoreDoc, String snippet) throws IOException {
        Document doc = searcher.storedFields().document(scoreDoc.doc);
        List<String> bodies = Arrays.stream(doc.getValues(IndexFields.BODY)).map(b -> b.toUpperCase(Locale.ROOT)).toList();
        return new SearchHit(doc.get(IndexFields.ID), doc.get(IndexFields.TYPE),
                List.of(doc.getValues(IndexFields.SYMBOL_DISPLAY)), valueOrEmpty(doc.get(IndexFields.PARAGRAPH)),
                valueOrEmpty(doc.get(IndexFields.DATE)), bodies, snippet, scoreDoc.score);
    }

    private static String valueOrEmpty(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }

    private Map<String, List<FacetCount>> facets(FacetsCollectorManager.FacetsResult result) throws IOException {
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        if (facetState == null) {
            return counts;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector());
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
