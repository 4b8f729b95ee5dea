package dev.opcon.ratelimiter.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.opcon.core.prometheus.TextFormatParser;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NodeSampleTest {

    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void ratesAndP99ComeFromTheDifferenceBetweenTwoScrapes() {
        NodeSample earlier = sample(page(100, 10, 0, 0, 0, 0, 42), T0);
        // 50 fast checks since, and 10 slow ones in (0.1, 0.25]: p99 lies among the slow ones.
        NodeSample later = sample(page(150, 20, 50, 50, 60, 60, 40), T0.plusSeconds(5));

        NodeMetrics metrics = later.since(earlier);

        assertThat(metrics.allowedPerSecond()).isEqualTo(10);
        assertThat(metrics.blockedPerSecond()).isEqualTo(2);
        assertThat(metrics.p99Milliseconds()).isCloseTo(100 + 150 * (59.4 - 50) / 10, within(1e-6));
        assertThat(metrics.up()).isTrue();
        assertThat(metrics.activeCounters()).isEqualTo(40);
        assertThat(metrics.sampledAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void theFirstScrapeHasNoRatesYet() {
        NodeMetrics metrics = sample(page(100, 10, 5, 5, 5, 5, 1), T0).since(null);

        assertThat(metrics.allowedPerSecond()).isNaN();
        assertThat(metrics.blockedPerSecond()).isNaN();
        assertThat(metrics.p99Milliseconds()).isNaN();
        assertThat(metrics.activeCounters()).isEqualTo(1);
    }

    @Test
    void aRestartedNodeCountsFromZeroInsteadOfGoingNegative() {
        NodeSample beforeRestart = sample(page(1000, 100, 500, 900, 1000, 1000, 3), T0);
        NodeSample afterRestart = sample(page(30, 5, 35, 35, 35, 35, 3), T0.plusSeconds(10));

        NodeMetrics metrics = afterRestart.since(beforeRestart);

        assertThat(metrics.allowedPerSecond()).isEqualTo(3);
        assertThat(metrics.blockedPerSecond()).isEqualTo(0.5);
        assertThat(metrics.p99Milliseconds()).isLessThan(5);
    }

    @Test
    void noChecksInTheIntervalLeavesP99Unknown() {
        NodeSample earlier = sample(page(10, 0, 10, 10, 10, 10, 0), T0);
        NodeSample later = sample(page(10, 0, 10, 10, 10, 10, 0), T0.plusSeconds(1));

        assertThat(later.since(earlier).allowedPerSecond()).isZero();
        assertThat(later.since(earlier).p99Milliseconds()).isNaN();
    }

    @Test
    void readsTheSeedServicesPageWhereAResultAppearsOnlyOnceItOccurred() {
        String seedPage = """
                # HELP ratelimiter_requests_checked_total Total rate limit checks
                # TYPE ratelimiter_requests_checked_total counter
                ratelimiter_requests_checked_total{result="allowed"} 7.0
                # HELP ratelimiter_requests_checked_created Total rate limit checks
                # TYPE ratelimiter_requests_checked_created gauge
                ratelimiter_requests_checked_created{result="allowed"} 1.7e9
                # HELP ratelimiter_node_up Node status
                # TYPE ratelimiter_node_up gauge
                ratelimiter_node_up 1.0
                """;

        NodeSample sample = NodeSample.of(TextFormatParser.parse(seedPage), T0);

        assertThat(sample.allowedTotal()).isEqualTo(7);
        assertThat(sample.blockedTotal()).isZero();
        assertThat(sample.checkDurationBuckets()).isEmpty();
        assertThat(sample.activeCounters()).isNaN();
    }

    @Test
    void aPageWithoutTheCheckCounterHasUnknownTotals() {
        NodeSample sample = NodeSample.of(TextFormatParser.parse("ratelimiter_node_up 0\n"), T0);

        assertThat(sample.allowedTotal()).isNaN();
        assertThat(sample.since(sample).up()).isFalse();
    }

    private static NodeSample sample(String page, Instant takenAt) {
        return NodeSample.of(TextFormatParser.parse(page), takenAt);
    }

    /** A page of the Java service with buckets 0.005, 0.1, 0.25 and +Inf. */
    static String page(long allowed, long blocked, long upTo5Milliseconds, long upTo100Milliseconds,
                       long upTo250Milliseconds, long all, long activeCounters) {
        return """
                # TYPE ratelimiter_requests_checked_total counter
                ratelimiter_requests_checked_total{result="allowed"} %d
                ratelimiter_requests_checked_total{result="blocked"} %d
                # TYPE ratelimiter_check_duration_seconds histogram
                ratelimiter_check_duration_seconds_bucket{le="0.005"} %d
                ratelimiter_check_duration_seconds_bucket{le="0.1"} %d
                ratelimiter_check_duration_seconds_bucket{le="0.25"} %d
                ratelimiter_check_duration_seconds_bucket{le="+Inf"} %d
                ratelimiter_check_duration_seconds_sum 1.5
                ratelimiter_check_duration_seconds_count %d
                # TYPE ratelimiter_node_up gauge
                ratelimiter_node_up 1
                # TYPE ratelimiter_active_counters gauge
                ratelimiter_active_counters %d
                """.formatted(allowed, blocked, upTo5Milliseconds, upTo100Milliseconds, upTo250Milliseconds, all, all,
                activeCounters);
    }
}
