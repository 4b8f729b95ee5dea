package dev.opcon.tikv.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits the invariants check, PD's own defaults unless the user set others.
 *
 * @param lowSpaceAvailableRatio  available/capacity below this is low space (PD: 1 - low-space-ratio 0.8)
 * @param unhealthyAfter          no heartbeat for longer makes a store unhealthy (PD: 10 min)
 * @param slowScore               a slow score at or above this is a slow store (PD: 80)
 * @param leaderImbalanceRatio    a healthy store whose leader score is further than this fraction
 *                                from the healthy stores' median is imbalanced
 * @param leaderImbalanceMinimum  ... and at least this many leaders away, so tiny clusters stay quiet
 * @param highLatency             p99 gRPC latency above this is high
 * @param missPeerCritical        more miss-peer regions than this is critical (PD rule intent: 100)
 * @param pendingPeerWarning      more pending-peer regions than this is a warning (PD rule intent: 100)
 */
public record Thresholds(double lowSpaceAvailableRatio, Duration unhealthyAfter, long slowScore,
                         double leaderImbalanceRatio, long leaderImbalanceMinimum, Duration highLatency,
                         long missPeerCritical, long pendingPeerWarning, Graces graces) {

    public static final Thresholds PD_DEFAULTS = new Thresholds(0.2, Duration.ofMinutes(10), 80, 0.2, 10,
            Duration.ofMillis(100), 100, 100, Graces.DEFAULTS);

    public Thresholds {
        Objects.requireNonNull(unhealthyAfter, "unhealthyAfter");
        Objects.requireNonNull(highLatency, "highLatency");
        Objects.requireNonNull(graces, "graces");
    }

    /** How long each condition must hold before it becomes a violation. */
    public record Graces(Duration leaderImbalance, Duration highLatency, Duration regionHealth) {

        public static final Graces DEFAULTS = new Graces(Duration.ofMinutes(10), Duration.ofSeconds(60), Duration.ZERO);

        public Graces {
            Objects.requireNonNull(leaderImbalance, "leaderImbalance");
            Objects.requireNonNull(highLatency, "highLatency");
            Objects.requireNonNull(regionHealth, "regionHealth");
        }
    }
}
