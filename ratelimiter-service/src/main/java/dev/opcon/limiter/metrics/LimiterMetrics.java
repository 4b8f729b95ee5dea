package dev.opcon.limiter.metrics;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The node's four Prometheus metrics, written in the text exposition format by hand.
 *
 * <p>Why not the Prometheus Java client: four fixed metrics take fifty lines, while the client
 * would add two jars to the shaded service and to the console's demo class path, and a
 * process-wide default registry that clashes when several nodes run in one JVM (tests, demo).
 *
 * <p>No node label, as in the seed system: Prometheus's own {@code instance} label tells nodes apart.
 */
public final class LimiterMetrics {

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** Fine enough between 1 ms and 2.5 s to read a p99 against the 100 ms latency invariant. */
    static final List<Double> CHECK_DURATION_BUCKETS =
            List.of(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1.0, 2.5);

    private final LongAdder allowed = new LongAdder();
    private final LongAdder blocked = new LongAdder();
    private final DurationHistogram checkDuration = new DurationHistogram(CHECK_DURATION_BUCKETS);

    public void recordAllowed() {
        allowed.increment();
    }

    public void recordBlocked() {
        blocked.increment();
    }

    /** Every valid check is timed, failed ones too: a slow Redis shows in the p99 before it fails. */
    public void recordCheckDuration(Duration duration) {
        checkDuration.observe(duration);
    }

    public long allowedCount() {
        return allowed.sum();
    }

    public long blockedCount() {
        return blocked.sum();
    }

    /**
     * @param activeCounters keys with admissions in their window; empty when Redis could not be
     *                       asked, in which case the sample is left out rather than reported as 0
     */
    public String exposition(OptionalLong activeCounters) {
        StringBuilder output = new StringBuilder(2048);
        output.append("# HELP ratelimiter_requests_checked_total Rate limit checks answered, by result.\n");
        output.append("# TYPE ratelimiter_requests_checked_total counter\n");
        output.append("ratelimiter_requests_checked_total{result=\"allowed\"} ").append(allowed.sum()).append('\n');
        output.append("ratelimiter_requests_checked_total{result=\"blocked\"} ").append(blocked.sum()).append('\n');
        output.append("# HELP ratelimiter_check_duration_seconds Time to answer a rate limit check.\n");
        output.append("# TYPE ratelimiter_check_duration_seconds histogram\n");
        checkDuration.writeSamples("ratelimiter_check_duration_seconds", output);
        output.append("# HELP ratelimiter_node_up 1 while this node is serving.\n");
        output.append("# TYPE ratelimiter_node_up gauge\n");
        output.append("ratelimiter_node_up 1\n");
        output.append("# HELP ratelimiter_active_counters Rate limit keys with admissions inside their window.\n");
        output.append("# TYPE ratelimiter_active_counters gauge\n");
        activeCounters.ifPresent(count -> output.append("ratelimiter_active_counters ").append(count).append('\n'));
        return output.toString();
    }
}
