package dev.opcon.core.prometheus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a histogram counted between two snapshots, bucket by bucket. This is what
 * {@code rate(x_bucket[interval])} feeds {@code histogram_quantile} in PromQL, and what direct
 * mode needs to show "p99 over the last interval" instead of "p99 since the node started".
 */
public final class HistogramIncrease {

    private HistogramIncrease() {
    }

    /**
     * The later snapshot minus the earlier one, matched by bound.
     *
     * <p>If any bucket went down, or the bounds differ, the process restarted in between (its
     * counters began again at zero, maybe with new buckets), so everything in the later snapshot
     * is new, as Prometheus counts after a counter reset. With no earlier snapshot, likewise.
     */
    public static List<Bucket> between(List<Bucket> earlier, List<Bucket> later) {
        Map<Double, Double> earlierCounts = new HashMap<>();
        for (Bucket bucket : earlier) {
            earlierCounts.merge(bucket.upperBound(), bucket.cumulativeCount(), Double::sum);
        }
        if (earlierCounts.size() != later.size()) {
            return List.copyOf(later);
        }
        List<Bucket> increase = new ArrayList<>(later.size());
        for (Bucket bucket : later) {
            Double earlierCount = earlierCounts.get(bucket.upperBound());
            if (earlierCount == null || bucket.cumulativeCount() < earlierCount) {
                return List.copyOf(later);
            }
            increase.add(new Bucket(bucket.upperBound(), bucket.cumulativeCount() - earlierCount));
        }
        return List.copyOf(increase);
    }
}
