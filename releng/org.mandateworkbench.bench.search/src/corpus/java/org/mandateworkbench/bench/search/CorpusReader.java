package org.mandateworkbench.bench.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Streams corpus.tsv in batches to one or more feeding threads, so a corpus of any size is never held
 * in memory. The same reader feeds every engine, so parsing costs the same for all.
 */
public final class CorpusReader {

    private static final int BATCH = 1000;

    private CorpusReader() {
    }

    /** Something that indexes one batch of records; called from several threads at once. */
    @FunctionalInterface
    public interface BatchSink {
        /** @throws Exception when indexing fails; the run stops */
        void accept(List<CorpusRecord> batch) throws Exception;
    }

    /**
     * Reads up to {@code limit} records and hands them in batches to {@code threads} threads.
     *
     * @return the number of records read and the UTF-8 bytes of their text
     */
    public static long[] feed(Path corpus, long limit, int threads, BatchSink sink) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> pending = new ArrayList<>();
        AtomicLong bytes = new AtomicLong();
        long count = 0;
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            List<CorpusRecord> batch = new ArrayList<>(BATCH);
            for (String line = in.readLine(); line != null && count < limit; line = in.readLine()) {
                CorpusRecord record = CorpusRecord.parse(count + 1, line);
                bytes.addAndGet(record.text().getBytes(StandardCharsets.UTF_8).length);
                batch.add(record);
                count++;
                if (batch.size() == BATCH) {
                    pending.add(submit(pool, sink, batch));
                    batch = new ArrayList<>(BATCH);
                    // Bounded queue: a few batches ahead per thread, never the whole corpus.
                    drain(pending, threads * 2);
                }
            }
            if (!batch.isEmpty()) {
                pending.add(submit(pool, sink, batch));
            }
            drain(pending, 0);
        } finally {
            pool.shutdownNow();
        }
        return new long[] { count, bytes.get() };
    }

    /** Reads every record of a corpus in order on the calling thread. */
    public static void each(Path corpus, Consumer<CorpusRecord> consumer) {
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            long number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                consumer.accept(CorpusRecord.parse(++number, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(corpus.toString(), e);
        }
    }

    private static Future<?> submit(ExecutorService pool, BatchSink sink, List<CorpusRecord> batch) {
        return pool.submit(() -> {
            sink.accept(batch);
            return null;
        });
    }

    private static void drain(List<Future<?>> pending, int keep) throws IOException {
        while (pending.size() > keep) {
            try {
                pending.remove(0).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while indexing", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException("indexing a batch failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
