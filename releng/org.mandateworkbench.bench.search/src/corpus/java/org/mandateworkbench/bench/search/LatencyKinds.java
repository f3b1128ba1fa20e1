package org.mandateworkbench.bench.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latency percentiles per kind of query, so a slow kind shows where the time goes. */
public final class LatencyKinds {

    private LatencyKinds() {
    }

    /** Records p50 and p99 of each kind of the mix as kind.NAME.p50 / .p99. */
    public static void put(Measurements out, List<BenchQuery> queries, long[] nanos) {
        Map<String, long[]> byKind = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            long[] values = byKind.getOrDefault(queries.get(i).kind(), new long[0]);
            values = Arrays.copyOf(values, values.length + 1);
            values[values.length - 1] = nanos[i];
            byKind.put(queries.get(i).kind(), values);
        }
        byKind.forEach((kind, values) -> out.putLatencies("kind." + kind, values));
    }
}
