package org.mandateworkbench.index.tests.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.index.IndexHealth;
import org.mandateworkbench.index.IndexService;
import org.mandateworkbench.index.schema.IndexFields;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.demo.DemoModel;

/** A missing, outdated or corrupt index is told apart at start and rebuilt from the model. */
class IndexHealthTest {

    @TempDir
    Path folder;

    private final MandateWorkspace demo = DemoModel.create();

    private void build() throws IOException {
        try (IndexService index = IndexService.open(folder, demo, false)) {
            assertTrue(index.size() > 50);
        }
    }

    private void assertRebuiltAs(IndexHealth expected) throws IOException {
        try (IndexService index = IndexService.open(folder, demo, true)) {
            assertEquals(expected, index.health());
            assertTrue(index.wasRebuilt());
            assertFalse(index.search("双重犯罪", 10).hits().isEmpty());
        }
        assertEquals(IndexHealth.READY, IndexHealth.inspect(folder, true));
    }

    private Path largestFile() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(IndexHealthTest::size)).orElseThrow();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEmptyOrAbsentFolderIsMissing() throws IOException {
        assertEquals(IndexHealth.MISSING, IndexHealth.inspect(folder.resolve("absent"), true));
        assertEquals(IndexHealth.MISSING, IndexHealth.inspect(folder, true));
        assertRebuiltAs(IndexHealth.MISSING);
    }

    @Test
    void aCurrentIndexIsReadyAndKept() throws IOException {
        build();
        assertEquals(IndexHealth.READY, IndexHealth.inspect(folder, false));
        assertEquals(IndexHealth.READY, IndexHealth.inspect(folder, true));
        try (IndexService index = IndexService.open(folder, demo, true)) {
            assertEquals(IndexHealth.READY, index.health());
            assertFalse(index.wasRebuilt());
            assertEquals(0, index.changesOnOpen());
        }
    }

    @Test
    void anIndexOfAnotherSchemaVersionIsOutdated() throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document old = new Document();
            old.add(new StringField(IndexFields.ID, "from-version-1", Field.Store.YES));
            writer.addDocument(old);
            writer.setLiveCommitData(Map.of(IndexFields.VERSION_KEY, Integer.toString(IndexFields.VERSION - 1)).entrySet());
            writer.commit();
        }
        assertEquals(IndexHealth.OUTDATED, IndexHealth.inspect(folder, false));
        assertRebuiltAs(IndexHealth.OUTDATED);
        try (IndexService index = IndexService.open(folder, demo, false)) {
            assertTrue(index.search("symbol:CAC/COSP/EG.1/2019*", 50).hits().size() > 5);
        }
    }

    @Test
    void anIndexWithoutVersionIsOutdated() throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(new Document());
            writer.commit();
        }
        assertEquals(IndexHealth.OUTDATED, IndexHealth.inspect(folder, false));
    }

    @Test
    void aDamagedSegmentsFileIsCorruptEvenWithoutVerifying() throws IOException {
        build();
        Path segments;
        try (Stream<Path> files = Files.list(folder)) {
            segments = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
        Files.write(segments, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
        assertEquals(IndexHealth.CORRUPT, IndexHealth.inspect(folder, false));
        assertRebuiltAs(IndexHealth.CORRUPT);
    }

    @Test
    void aFlippedByteInsideADataFileIsFoundByTheChecksums() throws IOException {
        build();
        Path data = largestFile();
        long middle = Files.size(data) / 2;
        try (FileChannel channel = FileChannel.open(data, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, middle);
            one.put(0, (byte) (one.get(0) ^ 0x5A));
            one.rewind();
            channel.write(one, middle);
        }
        assertEquals(IndexHealth.CORRUPT, IndexHealth.inspect(folder, true));
        assertRebuiltAs(IndexHealth.CORRUPT);
    }

    @Test
    void aCancelledRebuildCommitsNothingSoTheNextStartRebuildsAgain() throws IOException {
        build();
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> IndexService.open(folder, demo, false, true, Runnable::run, cancelled));
        assertEquals(IndexHealth.MISSING, IndexHealth.inspect(folder, false));
        assertRebuiltAs(IndexHealth.MISSING);
    }
}
