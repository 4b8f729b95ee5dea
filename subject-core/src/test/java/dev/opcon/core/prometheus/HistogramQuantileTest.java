package dev.opcon.core.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values are worked out by hand with PromQL's histogram_quantile rules. */
class HistogramQuantileTest {

    private static final double INFINITY = Double.POSITIVE_INFINITY;

    // 10 observations <= 0.1, 40 more <= 0.2, 40 more <= 0.4, 10 above 0.4
    private static final List<Bucket> LATENCY = List.of(
            new Bucket(0.1, 10), new Bucket(0.2, 50), new Bucket(0.4, 90), new Bucket(INFINITY, 100));

    @Test
    void interpolatesLinearlyInsideTheBucket() {
        // rank 50 is the top of the 0.1..0.2 bucket
        assertThat(HistogramQuantile.quantile(0.5, LATENCY)).isCloseTo(0.2, within(1e-12));
        // rank 30: 20 of the 40 in 0.1..0.2
        assertThat(HistogramQuantile.quantile(0.3, LATENCY)).isCloseTo(0.15, within(1e-12));
        // rank 75: 25 of the 40 in 0.2..0.4
        assertThat(HistogramQuantile.quantile(0.75, LATENCY)).isCloseTo(0.2 + 0.2 * 25 / 40, within(1e-12));
    }

    @Test
    void interpolatesFromZeroInTheLowestBucket() {
        // rank 5: half of the 10 in 0..0.1
        assertThat(HistogramQuantile.quantile(0.05, LATENCY)).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void aRankInTheInfiniteBucketGivesTheHighestFiniteBound() {
        // rank 99 is above 90, in 0.4..+Inf
        assertThat(HistogramQuantile.quantile(0.99, LATENCY)).isEqualTo(0.4);
    }

    @Test
    void takesBucketsInAnyOrder() {
        List<Bucket> shuffled = List.of(LATENCY.get(3), LATENCY.get(1), LATENCY.get(0), LATENCY.get(2));

        assertThat(HistogramQuantile.quantile(0.3, shuffled)).isCloseTo(0.15, within(1e-12));
    }

    @Test
    void aLowestBoundAtOrBelowZeroIsReturnedAsIs() {
        List<Bucket> buckets = List.of(new Bucket(-1, 5), new Bucket(1, 10), new Bucket(INFINITY, 10));

        assertThat(HistogramQuantile.quantile(0.2, buckets)).isEqualTo(-1);
    }

    @Test
    void isNotANumberWithoutObservationsOrAnInfiniteBucket() {
        assertThat(HistogramQuantile.quantile(0.99, List.of(new Bucket(0.1, 0), new Bucket(INFINITY, 0)))).isNaN();
        assertThat(HistogramQuantile.quantile(0.99, List.of(new Bucket(0.1, 3), new Bucket(0.2, 5)))).isNaN();
        assertThat(HistogramQuantile.quantile(0.99, List.of(new Bucket(INFINITY, 5)))).isNaN();
        assertThat(HistogramQuantile.quantile(0.99, List.of())).isNaN();
    }

    @Test
    void quantilesOutsideZeroToOneAreInfinite() {
        assertThat(HistogramQuantile.quantile(-0.1, LATENCY)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(HistogramQuantile.quantile(1.1, LATENCY)).isEqualTo(INFINITY);
        assertThat(HistogramQuantile.quantile(Double.NaN, LATENCY)).isNaN();
    }

    @Test
    void aFallingCountIsHeldAtItsHighestSoFar() {
        // 0.4 says 40 < 50: read as 50, so rank 75 falls in 0.4..+Inf
        List<Bucket> inconsistent = List.of(
                new Bucket(0.1, 10), new Bucket(0.2, 50), new Bucket(0.4, 40), new Bucket(INFINITY, 100));

        assertThat(HistogramQuantile.quantile(0.75, inconsistent)).isEqualTo(0.4);
    }

    @Test
    void theQuantileOfAnIntervalIgnoresWhatCameBefore() {
        // since start the p99 is slow, but the last interval added 100 observations all <= 0.1
        List<Bucket> earlier = List.of(new Bucket(0.1, 0), new Bucket(0.2, 0), new Bucket(0.4, 500),
                new Bucket(INFINITY, 1_000));
        List<Bucket> later = List.of(new Bucket(0.1, 100), new Bucket(0.2, 100), new Bucket(0.4, 600),
                new Bucket(INFINITY, 1_100));

        assertThat(HistogramQuantile.quantile(0.99, later)).isEqualTo(0.4);
        // rank 99 of 100, all in 0..0.1
        assertThat(HistogramQuantile.quantileOfIncrease(0.99, earlier, later)).isCloseTo(0.099, within(1e-12));
    }

    @Test
    void anIntervalWithNothingObservedHasNoQuantile() {
        assertThat(HistogramQuantile.quantileOfIncrease(0.99, LATENCY, LATENCY)).isNaN();
    }

    @Test
    void aRestartBetweenSnapshotsCountsTheLaterSnapshotWhole() {
        List<Bucket> beforeRestart = List.of(new Bucket(0.1, 900), new Bucket(0.2, 950), new Bucket(0.4, 990),
                new Bucket(INFINITY, 1_000));
        List<Bucket> afterRestart = List.of(new Bucket(0.1, 5), new Bucket(0.2, 8), new Bucket(0.4, 10),
                new Bucket(INFINITY, 10));

        assertThat(HistogramIncrease.between(beforeRestart, afterRestart)).isEqualTo(afterRestart);
        // rank 5 of 10: all 5 in 0..0.1
        assertThat(HistogramQuantile.quantileOfIncrease(0.5, beforeRestart, afterRestart)).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void changedBucketsBetweenSnapshotsCountAsARestart() {
        List<Bucket> newLayout = List.of(new Bucket(0.05, 4), new Bucket(INFINITY, 6));

        assertThat(HistogramIncrease.between(LATENCY, newLayout)).isEqualTo(newLayout);
    }

    @Test
    void theIncreaseIsTakenBucketByBucket() {
        List<Bucket> later = List.of(new Bucket(0.1, 12), new Bucket(0.2, 60), new Bucket(0.4, 95),
                new Bucket(INFINITY, 110));

        assertThat(HistogramIncrease.between(LATENCY, later)).containsExactly(
                new Bucket(0.1, 2), new Bucket(0.2, 10), new Bucket(0.4, 5), new Bucket(INFINITY, 10));
    }
}
