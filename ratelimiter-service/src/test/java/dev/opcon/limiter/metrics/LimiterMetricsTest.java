package dev.opcon.limiter.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LimiterMetricsTest {

    @Test
    void writesTheFourMetricsInTheTextFormat() {
        LimiterMetrics metrics = new LimiterMetrics();
        metrics.recordAllowed();
        metrics.recordAllowed();
        metrics.recordBlocked();
        metrics.recordCheckDuration(Duration.ofMillis(2));
        metrics.recordCheckDuration(Duration.ofMillis(80));
        metrics.recordCheckDuration(Duration.ofSeconds(3));

        String exposition = metrics.exposition(OptionalLong.of(4));

        assertThat(exposition).contains("""
                # TYPE ratelimiter_requests_checked_total counter
                ratelimiter_requests_checked_total{result="allowed"} 2
                ratelimiter_requests_checked_total{result="blocked"} 1
                """);
        assertThat(exposition).contains("""
                # TYPE ratelimiter_check_duration_seconds histogram
                ratelimiter_check_duration_seconds_bucket{le="0.001"} 0
                ratelimiter_check_duration_seconds_bucket{le="0.0025"} 1
                ratelimiter_check_duration_seconds_bucket{le="0.005"} 1
                ratelimiter_check_duration_seconds_bucket{le="0.01"} 1
                ratelimiter_check_duration_seconds_bucket{le="0.025"} 1
                ratelimiter_check_duration_seconds_bucket{le="0.05"} 1
                ratelimiter_check_duration_seconds_bucket{le="0.075"} 1
                ratelimiter_check_duration_seconds_bucket{le="0.1"} 2
                ratelimiter_check_duration_seconds_bucket{le="0.15"} 2
                ratelimiter_check_duration_seconds_bucket{le="0.25"} 2
                ratelimiter_check_duration_seconds_bucket{le="0.5"} 2
                ratelimiter_check_duration_seconds_bucket{le="1.0"} 2
                ratelimiter_check_duration_seconds_bucket{le="2.5"} 2
                ratelimiter_check_duration_seconds_bucket{le="+Inf"} 3
                """);
        assertThat(exposition).contains("ratelimiter_check_duration_seconds_count 3\n");
        assertThat(exposition.lines().filter(line -> line.startsWith("ratelimiter_check_duration_seconds_sum "))
                .map(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1))))
                .singleElement().satisfies(sum -> assertThat(sum).isCloseTo(3.082, offset(1e-9)));
        assertThat(exposition).contains("ratelimiter_node_up 1\n", "ratelimiter_active_counters 4\n");
        assertThat(exposition).doesNotContain("node_id");
    }

    @Test
    void leavesOutActiveCountersWhenRedisCouldNotBeAsked() {
        String exposition = new LimiterMetrics().exposition(OptionalLong.empty());

        assertThat(exposition).contains("# TYPE ratelimiter_active_counters gauge\n");
        assertThat(exposition.lines()).noneMatch(line -> line.startsWith("ratelimiter_active_counters "));
    }
}
