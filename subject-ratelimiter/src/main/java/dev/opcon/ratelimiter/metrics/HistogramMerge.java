package dev.opcon.ratelimiter.metrics;

import dev.opcon.core.prometheus.Bucket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Adds up histogram buckets of several series or nodes by bound, as PromQL's {@code sum by (le)} does. */
final class HistogramMerge {

    private HistogramMerge() {
    }

    /** One bucket per bound, ascending; bounds that are NaN are dropped. */
    static List<Bucket> byBound(List<Bucket> buckets) {
        Map<Double, Double> countByBound = new TreeMap<>();
        for (Bucket bucket : buckets) {
            if (!Double.isNaN(bucket.upperBound())) {
                countByBound.merge(bucket.upperBound(), bucket.cumulativeCount(), Double::sum);
            }
        }
        List<Bucket> merged = new ArrayList<>(countByBound.size());
        countByBound.forEach((bound, count) -> merged.add(new Bucket(bound, count)));
        return merged;
    }
}
