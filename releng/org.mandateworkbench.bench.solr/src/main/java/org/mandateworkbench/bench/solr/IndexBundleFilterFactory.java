package org.mandateworkbench.bench.solr;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.mandateworkbench.index.analysis.IrregularFormsFilter;
import org.mandateworkbench.index.analysis.NumberAdjacentUnigramFilter;

/**
 * Puts a token filter of the index bundle that Solr lacks into the Solr schema, chosen by the
 * {@code filter} attribute: {@code irregularForms} ({@link IrregularFormsFilter}, women becomes woman)
 * or {@code numberNeighbours} ({@link NumberAdjacentUnigramFilter}, a Han character next to a number
 * is also a term alone).
 */
public final class IndexBundleFilterFactory extends TokenFilterFactory {

    /** Name of the filter in Lucene's analysis SPI. */
    public static final String NAME = "mwbIndexBundle";

    private final boolean irregularForms;

    /** @param args the schema's attributes of the filter: only {@code filter} */
    public IndexBundleFilterFactory(Map<String, String> args) {
        super(args);
        Map<String, String> rest = new HashMap<>(args);
        String filter = rest.remove("filter");
        if (!rest.isEmpty() || !("irregularForms".equals(filter) || "numberNeighbours".equals(filter))) {
            throw new IllegalArgumentException("expected filter=\"irregularForms\" or filter=\"numberNeighbours\", found " + args);
        }
        irregularForms = "irregularForms".equals(filter);
    }

    /** For the SPI only. */
    public IndexBundleFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return irregularForms ? new IrregularFormsFilter(input) : new NumberAdjacentUnigramFilter(input);
    }
}
