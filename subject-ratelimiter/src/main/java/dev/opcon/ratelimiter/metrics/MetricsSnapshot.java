package dev.opcon.ratelimiter.metrics;

import dev.opcon.ratelimiter.model.MetricsProblem;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a {@link MetricsReader} read in one refresh.
 *
 * @param nodes    figures by node id; a node missing here has no figures (say so, don't show zero)
 * @param history  cluster totals, oldest first, at most a few minutes
 * @param problems per-node or per-query problems that did not stop the read, e.g. node n2's
 *                 "/metrics answered 500" or a Prometheus warning
 */
public record MetricsSnapshot(String mode, Instant readAt, Map<String, NodeMetrics> nodes,
                              List<RatePoint> history, List<MetricsProblem> problems) {

    public MetricsSnapshot {
        nodes = Map.copyOf(nodes);
        history = List.copyOf(history);
        problems = List.copyOf(problems);
    }
}
