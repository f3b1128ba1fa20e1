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
 * The Lucene 10 indexers compared. All use the same writer settings; raw Lucene's feeding threads
 * and our writer threads are as many.
 */
final class LuceneEngines {

    /** RAM buffer of every engine's writer, Solr's included. */
    static final double RAM_BUFFER_MB = 256;

    /** What an engine indexes of each paragraph of the corpus. */
    enum Engine {
        /** IndexWriter + StandardAnalyzer, the id and one stored text field: the physical limit of this machine. */
        RAW("raw"),
        /**
         * Raw Lucene's two fields, analyzed as ours analyzes text (stop words, irregular forms and
         * stemming in English, bigrams and number neighbours in Chinese) and nothing else: what the
         * required text analysis alone costs against raw Lucene.
         */
        TEXT_ANALYSIS("analysis"),
        /**
         * The index bundle's units, schema, per-field analyzers, facets and fingerprints, written like
         * IndexService's rebuild: one thread derives the units of each batch from its model, as the
         * workbench's model thread does, and {@link UnitWriter}'s threads analyze and add them.
         */
        OURS("ours");

        private final String key;

        Engine(String key) {
            this.key = key;
        }

        /** @return the engine's name in results.properties and on the command line */
        String key() {
            return key;
        }
    }

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

    private static final Indexer TEXT_ANALYSIS = (writer, batch) -> {
        for (CorpusRecord record : batch) {
            Document doc = new Document();
            doc.add(new StringField(IndexFields.ID, record.id(), Field.Store.YES));
            String field = "zh".equals(record.language()) ? IndexFields.TEXT_ZH : IndexFields.TEXT_EN;
            doc.add(new Field(field, record.text(), IndexFields.TEXT_TYPE));
            writer.addDocument(doc);
        }
    };

    private static Analyzer analyzer(Engine engine) {
        return engine == Engine.RAW ? new StandardAnalyzer() : IndexFields.indexAnalyzer();
    }

    /**
     * Indexes the corpus into a new index and commits.
     *
     * @return records and text bytes indexed
     */
    static long[] build(Path corpus, Path index, long limit, int threads, Engine engine) throws IOException {
        Measurements.deleteTree(index);
        IndexWriterConfig config = new IndexWriterConfig(analyzer(engine));
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (FSDirectory directory = FSDirectory.open(index); IndexWriter writer = new IndexWriter(directory, config)) {
            long[] read = switch (engine) {
                case RAW -> CorpusReader.feed(corpus, limit, threads, batch -> RAW.index(writer, batch));
                case TEXT_ANALYSIS -> CorpusReader.feed(corpus, limit, threads, batch -> TEXT_ANALYSIS.index(writer, batch));
                case OURS -> buildOurs(corpus, limit, threads, writer);
            };
            if (engine == Engine.OURS) {
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
