package dev.opcon.core.prometheus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Estimates a quantile from histogram buckets exactly as PromQL's {@code histogram_quantile} does
 * for classic histograms, so that direct mode (scraping nodes ourselves) shows the same p99 as a
 * Prometheus would:
 * <ul>
 *   <li>linear interpolation inside the bucket holding the rank, from 0 for the lowest bucket
 *       (or its own bound when that is not above 0);</li>
 *   <li>a rank in the {@code +Inf} bucket gives the highest finite bound;</li>
 *   <li>NaN when there are no observations, fewer than two buckets, or no {@code +Inf} bucket;
 *       -Inf for q &lt; 0 and +Inf for q &gt; 1.</li>
 * </ul>
 */
public final class HistogramQuantile {

    private HistogramQuantile() {
    }

    /** The q-quantile (0..1) of the observations counted by cumulative buckets, in any order. */
    public static double quantile(double q, List<Bucket> buckets) {
        if (Double.isNaN(q)) {
            return Double.NaN;
        }
        if (q < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (q > 1) {
            return Double.POSITIVE_INFINITY;
        }
        List<Bucket> sorted = monotonic(coalesced(buckets));
        if (sorted.size() < 2 || sorted.get(sorted.size() - 1).upperBound() != Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        double observations = sorted.get(sorted.size() - 1).cumulativeCount();
        if (observations == 0 || Double.isNaN(observations)) {
            return Double.NaN;
        }
        double rank = q * observations;
        int index = firstBucketReaching(sorted, rank);
        if (index == sorted.size() - 1) {
            return sorted.get(sorted.size() - 2).upperBound();
        }
        Bucket bucket = sorted.get(index);
        if (index == 0 && bucket.upperBound() <= 0) {
            return bucket.upperBound();
        }
        double lowerBound = 0;
        double countInBucket = bucket.cumulativeCount();
        if (index > 0) {
            Bucket previous = sorted.get(index - 1);
            lowerBound = previous.upperBound();
            countInBucket -= previous.cumulativeCount();
            rank -= previous.cumulativeCount();
        }
        return lowerBound + (bucket.upperBound() - lowerBound) * (rank / countInBucket);
    }

    /**
     * The q-quantile of only what was observed between two snapshots of one histogram, e.g. the
     * p99 of the last refresh interval rather than since the process started. A restart in
     * between is handled; see {@link HistogramIncrease#between}.
     */
    public static double quantileOfIncrease(double q, List<Bucket> earlier, List<Bucket> later) {
        return quantile(q, HistogramIncrease.between(earlier, later));
    }

    /** The first bucket below +Inf whose count reaches the rank, or the +Inf bucket's index. */
    private static int firstBucketReaching(List<Bucket> sorted, double rank) {
        for (int index = 0; index < sorted.size() - 1; index++) {
            if (sorted.get(index).cumulativeCount() >= rank) {
                return index;
            }
        }
        return sorted.size() - 1;
    }

    /** Sorted by bound; buckets with the same bound are added up (as after aggregating series). */
    private static List<Bucket> coalesced(List<Bucket> buckets) {
        List<Bucket> sorted = new ArrayList<>(buckets);
        sorted.removeIf(bucket -> Double.isNaN(bucket.upperBound()));
        sorted.sort(Comparator.comparingDouble(Bucket::upperBound));
        List<Bucket> merged = new ArrayList<>();
        for (Bucket bucket : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).upperBound() == bucket.upperBound()) {
                merged.set(last, new Bucket(bucket.upperBound(),
                        merged.get(last).cumulativeCount() + bucket.cumulativeCount()));
            } else {
                merged.add(bucket);
            }
        }
        return merged;
    }

    /**
     * A cumulative count never falls as the bound grows; when inconsistent data says otherwise,
     * the count is held at its highest so far, as Prometheus does, instead of searching nonsense.
     */
    private static List<Bucket> monotonic(List<Bucket> sorted) {
        List<Bucket> result = new ArrayList<>(sorted.size());
        double highest = Double.NEGATIVE_INFINITY;
        for (Bucket bucket : sorted) {
            highest = Math.max(highest, bucket.cumulativeCount());
            result.add(new Bucket(bucket.upperBound(), highest));
        }
        return result;
    }
}
