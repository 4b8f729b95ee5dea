package dev.opcon.ratelimiter.model;

import java.util.Objects;

/**
 * Something the metrics reader could not read, though it read the rest.
 *
 * @param nodeId  the node it concerns (its {@code /metrics} could not be scraped); null when it
 *                concerns no single node (a failed query, a Prometheus warning)
 * @param message safe text, e.g. "node n2: metrics at http://10.0.0.2:8080/metrics could not be read: ..."
 */
public record MetricsProblem(String nodeId, String message) {

    public MetricsProblem {
        Objects.requireNonNull(message, "message");
    }

    public static MetricsProblem ofNode(String nodeId, String message) {
        return new MetricsProblem(Objects.requireNonNull(nodeId, "nodeId"), message);
    }

    public static MetricsProblem ofCluster(String message) {
        return new MetricsProblem(null, message);
    }
}
