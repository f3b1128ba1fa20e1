package org.mandateworkbench.index.schema;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.mandateworkbench.index.analysis.ChineseTextAnalyzer;
import org.mandateworkbench.index.analysis.EnglishTextAnalyzer;
import org.mandateworkbench.index.analysis.StateAnalyzer;
import org.mandateworkbench.index.analysis.SymbolAnalyzer;

/**
 * The index schema: field names, their analyzers and the facet dimensions. Bump {@link #VERSION}
 * whenever a field, an analyzer or a unit changes; an index with another version is rebuilt.
 */
public final class IndexFields {

    /** Schema version, stored in the index commit's user data under {@link #VERSION_KEY}. */
    public static final int VERSION = 12;
    /** Commit user-data key of the schema version. */
    public static final String VERSION_KEY = "mwb.schema"; //$NON-NLS-1$

    /** Unique id of the unit (the model object's id, plus a suffix for topic summaries). */
    public static final String ID = "id"; //$NON-NLS-1$
    /** The kind of unit, a {@link UnitKind} key. */
    public static final String TYPE = "type"; //$NON-NLS-1$
    /** Document symbol(s), analyzed by {@link SymbolAnalyzer}. */
    public static final String SYMBOL = "symbol"; //$NON-NLS-1$
    /** Stored symbol as written, for display. */
    public static final String SYMBOL_DISPLAY = "symbol_display"; //$NON-NLS-1$
    /** Paragraph label, e.g. 47 (a), stored only. */
    public static final String PARAGRAPH = "paragraph"; //$NON-NLS-1$
    /** Heading of the section a document's paragraph or passage stands in, as written, stored only. */
    public static final String SECTION = "section"; //$NON-NLS-1$
    /** Body acronym, lower case keyword. */
    public static final String BODY = "body"; //$NON-NLS-1$
    /** Meeting key, lower case keyword (e.g. eg1-8). */
    public static final String MEETING = "meeting"; //$NON-NLS-1$
    /** Year: a facet, searched as a range of {@link #DATE} days ({@link #yearQuery}). */
    public static final String YEAR = "year"; //$NON-NLS-1$
    /** Date as epoch day (LongPoint, doc values for sorting, stored ISO text). */
    public static final String DATE = "date"; //$NON-NLS-1$
    /** States concerned, ISO alpha-3 codes, analyzed by {@link StateAnalyzer}. */
    public static final String STATE = "state"; //$NON-NLS-1$
    /** Mandate status, lower case keyword. */
    public static final String STATUS = "status"; //$NON-NLS-1$
    /** Addressees: secretariat, states-parties or a body acronym, lower case keywords. */
    public static final String ADDRESSEE = "addressee"; //$NON-NLS-1$
    /** Languages the unit has text in (en, zh). */
    public static final String LANG = "lang"; //$NON-NLS-1$
    /** Number of the resolution or decision a unit comes from, as written: 7/1. */
    public static final String RESOLUTION = "resolution"; //$NON-NLS-1$
    /**
     * Access classification of every unit, lower case keyword, stored, so that access control can
     * filter on it: a State response's classification (public, restricted, confidential), the
     * distribution of the document a unit comes from (general becomes public; limited, restricted),
     * or {@link #UNCLASSIFIED}.
     */
    public static final String ACCESS = "access"; //$NON-NLS-1$
    /** {@link #ACCESS} value of units whose source carries no classification. */
    public static final String UNCLASSIFIED = "unclassified"; //$NON-NLS-1$
    /** English text, analyzed by {@link EnglishTextAnalyzer}, stored for highlighting. */
    public static final String TEXT_EN = "text_en"; //$NON-NLS-1$
    /** Chinese text, analyzed by {@link ChineseTextAnalyzer}, stored for highlighting. */
    public static final String TEXT_ZH = "text_zh"; //$NON-NLS-1$

    /**
     * {@link UnitIds#orderKey} of the unit id, sorted doc values only: the last key of every order of
     * hits, so that hits with equal scores and dates come in the same order after every rebuild.
     */
    public static final String ORDER = "order"; //$NON-NLS-1$

    /** A 128-bit hash of the unit's fields ({@code UnitFingerprint}), stored so a reopened index rewrites only changed units. */
    public static final String FINGERPRINT = "fingerprint"; //$NON-NLS-1$

    /** Keyword fields whose values are lower-cased both when indexed and when queried. */
    public static final List<String> KEYWORD_FIELDS = List.of(TYPE, BODY, MEETING, STATUS, ADDRESSEE, LANG, RESOLUTION, ACCESS);
    /**
     * Keyword fields whose values are also stored, because search results show them (type, body) or
     * access control will filter on them (access). The others are only indexed.
     */
    public static final List<String> STORED_KEYWORDS = List.of(TYPE, BODY, ACCESS);
    /**
     * Facet dimensions (SortedSetDocValues), as index field names. The facets hold only the doc
     * values; drilling down searches each dimension's own field ({@link #drillDownQuery}).
     */
    public static final List<String> FACETS = List.of(BODY, MEETING, YEAR, TYPE, LANG, STATE, STATUS, ADDRESSEE);
    /** Text fields searched by words without a field prefix. */
    public static final List<String> TEXT_FIELDS = List.of(TEXT_EN, TEXT_ZH);

    /**
     * Field type of {@link #SYMBOL} and {@link #STATE}: analyzed, documents only. Their queries are
     * single terms ({@code SymbolAnalyzer.query}, a State's code), never phrases, so no positions.
     */
    public static final FieldType TERMS_TYPE = termsType();

    /**
     * Field type of {@link #TEXT_EN} and {@link #TEXT_ZH}: stored, positions without offsets. Offsets
     * in the postings cost every paragraph at indexing time; the highlighter instead analyzes the
     * stored text of the few hits it shows.
     */
    public static final FieldType TEXT_TYPE = textType();

    /** Facet values kept encoded per dimension, at most so many (the doc-values writer copies them). */
    private static final int MAX_KEPT_FACET_VALUES = 10_000;
    private static final Map<String, Map<String, BytesRef>> FACET_VALUES = FACETS.stream()
            .collect(Collectors.toUnmodifiableMap(dimension -> dimension, dimension -> new ConcurrentHashMap<>()));

    private IndexFields() {
    }

    private static FieldType termsType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }

    /** @return the analyzer used to index documents, one per field */
    public static Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
                Map.of(TEXT_EN, new EnglishTextAnalyzer(), TEXT_ZH, new ChineseTextAnalyzer(), SYMBOL,
                        SymbolAnalyzer.forIndexing(), STATE, new StateAnalyzer()));
    }

    /**
     * @return the facets configuration: every dimension may hold several values and indexes no
     *         drill-down terms of its own, since each dimension's field already holds the same values
     */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dimension : FACETS) {
            config.setMultiValued(dimension, true);
            config.setDrillDownTermsIndexing(dimension, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        return config;
    }

    /**
     * The doc-values field of one facet value, encoded as {@link FacetsConfig#build} encodes a
     * {@code SortedSetDocValuesFacetField} of a flat dimension, for the facets of
     * {@link #facetsConfig()}. Documents built with it need no pass through {@link FacetsConfig#build},
     * which would check and copy every field of every unit again. The encoded values are kept, since
     * a few hundred of them recur in every unit.
     */
    public static IndexableField facetField(String dimension, String value) {
        Map<String, BytesRef> encoded = FACET_VALUES.get(dimension);
        BytesRef bytes = encoded == null ? null : encoded.get(value);
        if (bytes == null) {
            bytes = new BytesRef(FacetsConfig.pathToString(dimension, new String[] { value }));
            if (encoded != null && encoded.size() < MAX_KEPT_FACET_VALUES) {
                encoded.put(value, bytes);
            }
        }
        return new SortedSetDocValuesField(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, bytes);
    }

    /** @return the doc-values field of {@link #ORDER} for a unit id */
    public static IndexableField orderField(String unitId) {
        return new SortedDocValuesField(ORDER, new BytesRef(UnitIds.orderKey(unitId)));
    }

    /**
     * @return the query that drills down into one value of a facet dimension: the year as a point,
     *         the other dimensions as the term of their own field (facet values are indexed terms)
     */
    public static Query drillDownQuery(String dimension, String value) {
        if (YEAR.equals(dimension)) {
            try {
                int year = Integer.parseInt(value);
                return yearQuery(year, year);
            } catch (NumberFormatException e) {
                return new MatchNoDocsQuery();
            }
        }
        return new TermQuery(new Term(dimension, value));
    }

    /**
     * @return the units dated from the first day of {@code first} to the last day of {@code last}
     *         (years outside what a date can hold are clamped); the year needs no points of its own
     */
    public static Query yearQuery(int first, int last) {
        return LongPoint.newRangeQuery(DATE, LocalDate.of(clampYear(first), 1, 1).toEpochDay(),
                LocalDate.of(clampYear(last), 12, 31).toEpochDay());
    }

    private static int clampYear(int year) {
        return Math.clamp(year, Year.MIN_VALUE, Year.MAX_VALUE);
    }
}
