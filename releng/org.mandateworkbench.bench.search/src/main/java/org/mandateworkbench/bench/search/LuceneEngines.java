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
import org.mandateworkbench.index.UnitWriter;
import org.mandateworkbench.index.WorkspaceDocuments;
import org.mandateworkbench.index.schema.IndexFields;

/**
 * The two Lucene 10 indexers compared: raw Lucene (IndexWriter + StandardAnalyzer, the id and one
 * stored text field: the physical limit of this machine) and ours (the index bundle's units, schema,
 * per-field analyzers, facets and fingerprints, written like IndexService's rebuild: one thread derives
 * the units of each batch from its model, as the workbench's model thread does, and {@link UnitWriter}'s
 * threads analyze and add them). Both use the same writer settings; raw Lucene's feeding threads and our
 * writer threads are as many.
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
        try (FSDirectory directory = FSDirectory.open(index); IndexWriter writer = new IndexWriter(directory, config)) {
            long[] read = ours ? buildOurs(corpus, limit, threads, writer)
                    : CorpusReader.feed(corpus, limit, threads, batch -> RAW.index(writer, batch));
            if (ours) {
                writer.setLiveCommitData(
                        Map.of(IndexFields.VERSION_KEY, Integer.toString(IndexFields.VERSION)).entrySet());
            }
            writer.commit();
            return read;
        }
    }

    private static long[] buildOurs(Path corpus, long limit, int threads, IndexWriter writer) throws IOException {
        try (UnitWriter units = new UnitWriter(writer, threads)) {
            long[] read = CorpusReader.feed(corpus, limit, 1,
                    batch -> units.add(WorkspaceDocuments.build(BatchModel.of(batch)).entrySet()));
            units.finish();
            return read;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        }
    }
}
