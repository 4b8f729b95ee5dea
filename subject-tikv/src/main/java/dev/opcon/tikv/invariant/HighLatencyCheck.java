package dev.opcon.tikv.invariant;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Severity;
import dev.opcon.core.spi.Durations;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.Store;
import dev.opcon.tikv.model.Thresholds;
import dev.opcon.tikv.render.Formats;
import java.util.ArrayList;
import java.util.List;

/** {@code high_latency}: a store's p99 gRPC latency (Prometheus) above 100 ms for 60 s. */
final class HighLatencyCheck implements ClusterCheck {

    static final String HIGH_LATENCY = "high_latency";

    private final Thresholds thresholds;

    HighLatencyCheck(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public List<Finding> check(ClusterSnapshot snapshot) {
        double limitSeconds = thresholds.highLatency().toNanos() / 1e9;
        List<Finding> findings = new ArrayList<>();
        for (Store store : snapshot.storeList()) {
            snapshot.metricsOf(store.id()).p99Seconds().ifPresent(p99 -> {
                if (p99 > limitSeconds) {
                    findings.add(new Finding(HIGH_LATENCY, store.entity(), Severity.WARNING, Describe.store(store)
                            + " p99 gRPC latency " + Formats.latency(p99) + " (limit "
                            + Durations.format(thresholds.highLatency()) + ")", thresholds.graces().highLatency()));
                }
            });
        }
        return findings;
    }
}
