package org.mandateworkbench.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;

/**
 * Adds units to a new index on writer threads while the caller derives the next ones from the model.
 * Units arrive in chunks through a short queue, so memory stays flat whatever the size of the
 * workspace. The caller's thread stamps each unit with its {@link UnitFingerprint} as it queues it,
 * which leaves the writer threads only analysis and writing.
 */
public final class UnitWriter implements AutoCloseable {

    private static final long POLL_MILLIS = 100;

    private record StampedUnit(String id, String fingerprint, Document unit) {
    }

    // Compared by identity: tells a writer thread that no more chunks come.
    private final List<StampedUnit> end = new ArrayList<>();
    private final IndexWriter writer;
    private final BlockingQueue<List<StampedUnit>> queue;
    private final List<Thread> threads = new ArrayList<>();
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean stopped;

    /**
     * Starts the writer threads.
     *
     * @param threads number of threads that analyze and add units
     */
    public UnitWriter(IndexWriter writer, int threads) {
        this.writer = writer;
        this.queue = new ArrayBlockingQueue<>(2 * threads);
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(this::writeChunks, "mwb-index-writer-" + (i + 1)); //$NON-NLS-1$
            thread.setDaemon(true);
            this.threads.add(thread);
            thread.start();
        }
    }

    /**
     * Queues a chunk of units by id, waiting while the writer threads are behind.
     *
     * @throws IOException when a writer thread failed; nothing more is written
     */
    public void add(Collection<Map.Entry<String, Document>> units) throws IOException, InterruptedException {
        if (units.isEmpty()) {
            return;
        }
        List<StampedUnit> chunk = new ArrayList<>(units.size());
        for (Map.Entry<String, Document> unit : units) {
            chunk.add(new StampedUnit(unit.getKey(), UnitFingerprint.stamp(unit.getValue()), unit.getValue()));
        }
        while (!queue.offer(chunk, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            throwFailure();
        }
        throwFailure();
    }

    /** @return the number of units added to the index so far */
    public int written() {
        return fingerprints.size();
    }

    /**
     * Waits until every queued unit is added.
     *
     * @return the fingerprint of every unit written, by id
     * @throws IOException when a writer thread failed
     */
    public Map<String, String> finish() throws IOException, InterruptedException {
        for (int i = 0; i < threads.size(); i++) {
            while (!queue.offer(end, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                throwFailure();
            }
        }
        for (Thread thread : threads) {
            thread.join();
        }
        throwFailure();
        return Map.copyOf(fingerprints);
    }

    /**
     * Stops the writer threads after the unit each is adding, dropping the queued chunks (a writer
     * thread is never interrupted: Lucene's writer does not survive an interrupt during I/O).
     */
    @Override
    public void close() throws InterruptedException {
        stopped = true;
        queue.clear();
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void writeChunks() {
        try {
            while (!stopped) {
                List<StampedUnit> chunk = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (chunk == end) {
                    return;
                }
                if (chunk != null) {
                    write(chunk);
                }
            }
        } catch (IOException | RuntimeException | InterruptedException e) {
            failure.compareAndSet(null, e);
            stopped = true;
        }
    }

    private void write(List<StampedUnit> chunk) throws IOException {
        for (StampedUnit stamped : chunk) {
            if (stopped) {
                return;
            }
            // An id seen again (a model with repeated ids) is written once, as one map of units would hold it.
            if (claimed.add(stamped.id())) {
                writer.addDocument(stamped.unit());
                fingerprints.put(stamped.id(), stamped.fingerprint());
            }
        }
    }

    /** Rethrows what a writer thread failed with, as it was thrown there. */
    private void throwFailure() throws IOException {
        Throwable cause = failure.get();
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause != null) {
            throw new IOException(cause);
        }
    }
}
