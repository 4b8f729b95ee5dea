package dev.opcon.ratelimiter.invariant;

import java.time.Duration;
import java.util.Objects;

/**
 * Every threshold and grace period of the rate limiter's invariants (DESIGN.md, "Invariants").
 *
 * @param highLatencyMilliseconds a node's p99 check latency above this is {@code high_latency}
 * @param counterDriftThreshold   the management API's and Redis's counts of a key may differ by this much
 */
public record InvariantSettings(
        Duration nodeDownGrace,
        Duration redisDisconnectedGrace,
        double highLatencyMilliseconds,
        Duration highLatencyGrace,
        Duration overLimitGrace,
        Duration ghostAllowingGrace,
        long counterDriftThreshold,
        Duration counterDriftGrace,
        Duration sourceUnreachableGrace) {

    public static final InvariantSettings DEFAULTS = new InvariantSettings(Duration.ZERO, Duration.ZERO, 100,
            Duration.ofSeconds(60), Duration.ZERO, Duration.ZERO, 5, Duration.ofSeconds(30), Duration.ZERO);

    public InvariantSettings {
        Objects.requireNonNull(nodeDownGrace, "nodeDownGrace");
        Objects.requireNonNull(redisDisconnectedGrace, "redisDisconnectedGrace");
        Objects.requireNonNull(highLatencyGrace, "highLatencyGrace");
        Objects.requireNonNull(overLimitGrace, "overLimitGrace");
        Objects.requireNonNull(ghostAllowingGrace, "ghostAllowingGrace");
        Objects.requireNonNull(counterDriftGrace, "counterDriftGrace");
        Objects.requireNonNull(sourceUnreachableGrace, "sourceUnreachableGrace");
    }
}
