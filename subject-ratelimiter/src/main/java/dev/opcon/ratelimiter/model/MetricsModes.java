package dev.opcon.ratelimiter.model;

/** Where the figures come from, as {@code metrics_source} says. */
public final class MetricsModes {

    /** Prometheus, which scrapes the nodes. */
    public static final String PROMETHEUS = "prometheus";
    /** The console scrapes each node's {@code /metrics} itself. */
    public static final String DIRECT = "direct";

    private MetricsModes() {
    }
}
