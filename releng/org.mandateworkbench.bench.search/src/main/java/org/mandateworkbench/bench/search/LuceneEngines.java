package org.mandateworkbench.bench.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.mandateworkbench.index.UnitFingerprint;
import org.mandateworkbench.index.WorkspaceDocuments;
import org.mandateworkbench.index.schema.IndexFields;

/**
 * The two Lucene 10 indexers compared: raw Lucene (IndexWriter + StandardAnalyzer, the id and one
 * stored text field: the physical limit of this machine) and ours (the index bundle's units, schema,
 * per-field analyzers, facets and fingerprints, added to the new index like IndexService's rebuild does). Both use
 * the same writer settings and the same feeding threads.
 */
final class LuceneEngines {

    /** RAM buffer of every engine's writer, Solr's included. */
    static final double RAM_BUFFER_MB = 256;

    private LuceneEngines() {
    }

    /** Indexes one batch. */
    interface Indexer {
        void index(IndexWriter writer, List<CorpusRecord> batch) throws IOException;
    }

    static final Indexer RAW = (writer, batch) -> {
        for (CorpusRecord record : batch) {
            Document doc = new Document();
            doc.add(new StringField("id", record.id(), Field.Store.YES));
            doc.add(new TextField("text", record.text(), Field.Store.YES));
            writer.addDocument(doc);
        }
    };

    static final Indexer OURS = (writer, batch) -> {
        for (Document unit : WorkspaceDocuments.build(BatchModel.of(batch)).values()) {
            UnitFingerprint.stamp(unit);
            writer.addDocument(unit);
        }
    };

    /** @return the analyzer the engine's writer uses */
    static Analyzer analyzer(boolean ours) {
        return ours ? IndexFields.indexAnalyzer() : new StandardAnalyzer();
    }

    /**
     * Indexes the corpus into a new index and commits.
     *
     * @return records and text bytes indexed
     */
    static long[] build(Path corpus, Path index, long limit, int threads, boolean ours) throws IOException {
        Measurements.deleteTree(index);
        IndexWriterConfig config = new IndexWriterConfig(analyzer(ours));
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        Indexer indexer = ours ? OURS : RAW;
        try (FSDirectory directory = FSDirectory.open(index); IndexWriter writer = new IndexWriter(directory, config)) {
            long[] read = CorpusReader.feed(corpus, limit, threads, batch -> indexer.index(writer, batch));
            if (ours) {
                writer.setLiveCommitData(
                        Map.of(IndexFields.VERSION_KEY, Integer.toString(IndexFields.VERSION)).entrySet());
            }
            writer.commit();
            return read;
        }
    }
}
