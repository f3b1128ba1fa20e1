package org.mandateworkbench.bench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What one engine's run measured, appended as key=value lines to results.properties (one prefix per
 * engine), plus the helpers every engine uses to measure the same way: latency percentiles, peak
 * heap and size on disk.
 */
public final class Measurements {

    /** Process CPU time at the last {@link #resetPeakHeap()}. */
    private static long cpuAtReset;

    private final Path file;
    private final String engine;

    /** @param engine the key prefix: raw, ours or solr */
    public Measurements(Path file, String engine) {
        this.file = file;
        this.engine = engine;
    }

    /** Records one figure. */
    public void put(String key, Object value) {
        String line = engine + "." + key + "=" + value + System.lineSeparator();
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        System.out.print(line);
    }

    /**
     * Records an indexing run: paragraphs and text read ({@link CorpusReader#feed}), the time it took
     * including the commit, the peak heap since the last reset and the index size.
     */
    public void putIndexing(int threads, long[] read, long startNanos, Path index) throws IOException {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        put("threads", threads);
        put("paragraphs", read[0]);
        put("index.seconds", String.format(Locale.ROOT, "%.1f", seconds));
        put("index.rate", Math.round(read[0] / seconds));
        put("index.mbps", String.format(Locale.ROOT, "%.2f", read[1] / seconds / (1 << 20)));
        // CPU time depends far less than wall time on what else the shared machine runs.
        double cpuSeconds = (processCpuNanos() - cpuAtReset) / 1e9;
        put("index.cpuSeconds", String.format(Locale.ROOT, "%.1f", cpuSeconds));
        put("index.cpuRate", Math.round(read[0] / cpuSeconds));
        put("index.peakHeapMb", peakHeapMb());
        put("index.sizeMb", sizeMb(index));
    }

    /**
     * Records a timed query pass: wall and CPU percentiles, wall percentiles per kind, peak and live
     * heap, and writes each query's total hits to {@code hitsFile}, one a line, for the comparison.
     */
    public void putQueries(List<BenchQuery> queries, QueryClock clock, List<String> hits, Path hitsFile)
            throws IOException {
        putLatencies("query", clock.wall());
        putLatencies("query.cpu", clock.cpu());
        LatencyKinds.put(this, queries, clock.wall());
        put("query.peakHeapMb", peakHeapMb());
        put("query.liveHeapMb", liveHeapMb());
        Files.write(hitsFile, hits, StandardCharsets.UTF_8);
    }

    /** Records p50, p95, p99 and max of latencies in nanoseconds, as milliseconds. */
    public void putLatencies(String prefix, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        put(prefix + ".count", sorted.length);
        put(prefix + ".p50", millis(percentile(sorted, 50)));
        put(prefix + ".p95", millis(percentile(sorted, 95)));
        put(prefix + ".p99", millis(percentile(sorted, 99)));
        put(prefix + ".max", millis(sorted[sorted.length - 1]));
    }

    /** @return the nearest-rank percentile of sorted values */
    public static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    /**
     * Forgets the heap peaks so far and notes the process CPU time used so far, so that the next
     * phase's peak and CPU time are its own.
     */
    public static void resetPeakHeap() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        cpuAtReset = processCpuNanos();
    }

    /** @return CPU time of all the process's threads (feeding, merging, GC, JIT), in nanoseconds */
    private static long processCpuNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }

    /** @return the sum of the heap pools' peak usage since the last reset, in MB */
    public static long peakHeapMb() {
        return heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    /** @return the heap in use after a full collection, in MB */
    public static long liveHeapMb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    private static Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }

    /** @return the size of the files under a folder, in MB */
    public static long sizeMb(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() >> 20;
        }
    }

    /** Deletes a folder and everything in it, when it exists. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
