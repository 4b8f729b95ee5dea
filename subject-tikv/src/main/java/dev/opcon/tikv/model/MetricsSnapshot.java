package dev.opcon.tikv.model;

import java.util.Map;

/** Prometheus's answers for one refresh, by {@code instance} label, before stores are matched. */
public record MetricsSnapshot(Map<String, InstanceMetrics> byInstance) {

    public MetricsSnapshot {
        byInstance = Map.copyOf(byInstance);
    }
}
