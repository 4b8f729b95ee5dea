package dev.opcon.ratelimiter.metrics;

import dev.opcon.core.prometheus.Bucket;
import dev.opcon.core.prometheus.CounterRate;
import dev.opcon.core.prometheus.HistogramIncrease;
import dev.opcon.core.prometheus.HistogramQuantile;
import dev.opcon.core.prometheus.HistogramSnapshot;
import dev.opcon.core.prometheus.MetricFamilies;
import dev.opcon.core.prometheus.MetricFamily;
import dev.opcon.core.prometheus.Point;
import dev.opcon.core.prometheus.Sample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What one scrape of one node's {@code /metrics} said, and the figures two such scrapes make.
 * Pure. A metric the page lacks is NaN (an empty bucket list for the histogram).
 *
 * @param allowedTotal the {@code result="allowed"} counter since the node started
 * @param checkDurationBuckets cumulative, summed over any label sets the page has
 */
record NodeSample(Instant takenAt, double allowedTotal, double blockedTotal, List<Bucket> checkDurationBuckets,
                  double nodeUp, double activeCounters) {

    static final double P99 = 0.99;
    private static final String CHECK_DURATION = "ratelimiter_check_duration_seconds";

    NodeSample {
        checkDurationBuckets = List.copyOf(checkDurationBuckets);
    }

    static NodeSample of(MetricFamilies page, Instant takenAt) {
        return new NodeSample(takenAt, checked(page, "allowed"), checked(page, "blocked"), buckets(page),
                gauge(page, RatelimiterQueries.NODE_UP), gauge(page, RatelimiterQueries.ACTIVE_COUNTERS));
    }

    /** The figures over the interval since {@code previous}; rates and p99 are NaN without one. */
    NodeMetrics since(NodeSample previous) {
        double allowedPerSecond = previous == null ? Double.NaN : perSecond(previous.allowedTotal, allowedTotal, previous);
        double blockedPerSecond = previous == null ? Double.NaN : perSecond(previous.blockedTotal, blockedTotal, previous);
        double p99Seconds = previous == null ? Double.NaN : HistogramQuantile.quantile(P99, bucketIncrease(previous));
        // A node that answers but does not export the gauge is serving all the same.
        boolean up = Double.isNaN(nodeUp) || nodeUp >= 1;
        return new NodeMetrics(allowedPerSecond, blockedPerSecond, p99Seconds * 1000, up, activeCounters, takenAt);
    }

    /** The buckets counted since {@code previous} (all of them after a restart); empty without one. */
    List<Bucket> bucketIncrease(NodeSample previous) {
        if (previous == null || checkDurationBuckets.isEmpty()) {
            return List.of();
        }
        return HistogramIncrease.between(previous.checkDurationBuckets, checkDurationBuckets);
    }

    private double perSecond(double earlierTotal, double laterTotal, NodeSample previous) {
        return CounterRate.perSecond(new Point(previous.takenAt, earlierTotal), new Point(takenAt, laterTotal));
    }

    /**
     * The counter for one result. The Java service always writes both results; the seed
     * system's client library writes a result only once it occurred, so absent means zero when
     * the family is there at all.
     */
    private static double checked(MetricFamilies page, String result) {
        List<Sample> samples = page.samples(RatelimiterQueries.CHECKED_TOTAL);
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        return samples.stream()
                .filter(sample -> sample.label(RatelimiterQueries.RESULT_LABEL).equals(result))
                .mapToDouble(Sample::value)
                .sum();
    }

    private static List<Bucket> buckets(MetricFamilies page) {
        List<Bucket> buckets = new ArrayList<>();
        page.family(CHECK_DURATION).map(MetricFamily::histograms).orElse(List.of()).stream()
                .map(HistogramSnapshot::buckets)
                .forEach(buckets::addAll);
        // Buckets of several label sets are added up by bound, as "sum by (le)" would.
        return HistogramMerge.byBound(buckets);
    }

    private static double gauge(MetricFamilies page, String name) {
        return page.samples(name).stream().mapToDouble(Sample::value).max().orElse(Double.NaN);
    }
}
