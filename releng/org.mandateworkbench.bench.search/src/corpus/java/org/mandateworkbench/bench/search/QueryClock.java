package org.mandateworkbench.bench.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Times queries run one after the other on one thread, in wall-clock time and in the thread's CPU
 * time. On a machine shared with other work the wall time includes waits for a core; the CPU time
 * shows what the query itself cost.
 */
public final class QueryClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long[] wall;
    private final long[] cpu;
    private long wallStart;
    private long cpuStart;

    /** @param count the number of queries to time */
    public QueryClock(int count) {
        wall = new long[count];
        cpu = new long[count];
    }

    /** Starts timing a query. */
    public void start() {
        cpuStart = THREADS.getCurrentThreadCpuTime();
        wallStart = System.nanoTime();
    }

    /** Stops timing query {@code index}. */
    public void stop(int index) {
        wall[index] = System.nanoTime() - wallStart;
        cpu[index] = THREADS.getCurrentThreadCpuTime() - cpuStart;
    }

    /** @return the wall-clock nanoseconds of each query */
    public long[] wall() {
        return wall;
    }

    /** @return the CPU nanoseconds of each query on its thread */
    public long[] cpu() {
        return cpu;
    }
}
