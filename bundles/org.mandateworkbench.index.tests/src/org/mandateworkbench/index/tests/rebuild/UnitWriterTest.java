package org.mandateworkbench.index.tests.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.UnitFingerprint;
import org.mandateworkbench.index.UnitWriter;
import org.mandateworkbench.index.WorkspaceDocuments;
import org.mandateworkbench.index.schema.IndexFields;
import org.mandateworkbench.model.demo.DemoModel;

class UnitWriterTest {

    @Test
    void addsEveryUnitOnceWithItsFingerprint() throws Exception {
        Map<String, Document> units = WorkspaceDocuments.build(DemoModel.create());
        Map<String, String> expected = new HashMap<>();
        units.forEach((id, unit) -> expected.put(id, UnitFingerprint.of(unit)));
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(IndexFields.indexAnalyzer()))) {
            Map<String, String> written;
            try (UnitWriter unitWriter = new UnitWriter(writer, 2)) {
                List<Map.Entry<String, Document>> all = List.copyOf(units.entrySet());
                for (int start = 0; start < all.size(); start += 5) {
                    unitWriter.add(all.subList(start, Math.min(all.size(), start + 5)));
                }
                written = unitWriter.finish();
                assertEquals(units.size(), unitWriter.written());
            }
            writer.commit();
            assertEquals(expected, written);
            assertEquals(expected, storedFingerprints(directory));
        }
    }

    @Test
    void reportsWhatAWriterThreadFailedWithAndWritesNoMore() throws Exception {
        List<Map.Entry<String, Document>> units = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Document unit = new Document();
            unit.add(new StringField(IndexFields.ID, "unit-" + i, Field.Store.YES));
            units.add(Map.entry("unit-" + i, unit));
        }
        Document immense = new Document();
        // One term longer than Lucene accepts: the writer thread's addDocument fails.
        immense.add(new StringField(IndexFields.ID, "x".repeat(40_000), Field.Store.NO));
        units.add(10, Map.entry("immense", immense));
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            try (UnitWriter unitWriter = new UnitWriter(writer, 1)) {
                IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> {
                    for (Map.Entry<String, Document> unit : units) {
                        unitWriter.add(List.of(unit));
                    }
                    unitWriter.finish();
                });
                assertTrue(failure.getMessage().contains("immense"), failure.getMessage());
                assertEquals(10, unitWriter.written());
            }
        }
    }

    @Test
    void closingStopsTheWritersWithoutWaitingForQueuedUnits() throws Exception {
        Map<String, Document> units = WorkspaceDocuments.build(DemoModel.create());
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(IndexFields.indexAnalyzer()))) {
            UnitWriter unitWriter = new UnitWriter(writer, 2);
            unitWriter.add(units.entrySet());
            unitWriter.close();
            int written = unitWriter.written();
            assertTrue(written <= units.size());
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertEquals(written, reader.numDocs());
            }
        }
    }

    private static Map<String, String> storedFingerprints(ByteBuffersDirectory directory) throws IOException {
        Map<String, String> stored = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            StoredFields fields = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                Document unit = fields.document(doc);
                stored.put(unit.get(IndexFields.ID), UnitFingerprint.stored(unit));
            }
        }
        return stored;
    }

    @Test
    void writesAUnitWhoseIdComesAgainOnce() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            try (UnitWriter unitWriter = new UnitWriter(writer, 2)) {
                for (int chunk = 0; chunk < 3; chunk++) {
                    Document unit = new Document();
                    unit.add(new StringField(IndexFields.ID, "rec-1", Field.Store.YES));
                    unitWriter.add(List.of(Map.entry("rec-1", unit)));
                }
                assertEquals(Map.of("rec-1", UnitFingerprint.of(idOnly("rec-1"))), unitWriter.finish());
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertEquals(1, reader.numDocs());
            }
        }
    }

    private static Document idOnly(String id) {
        Document unit = new Document();
        unit.add(new StringField(IndexFields.ID, id, Field.Store.YES));
        return unit;
    }
}
