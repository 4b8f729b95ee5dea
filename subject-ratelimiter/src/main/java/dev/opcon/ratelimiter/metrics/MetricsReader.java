package dev.opcon.ratelimiter.metrics;

import java.util.List;

/**
 * Reads request rates and latency of the limiter nodes: from Prometheus when a URL is given,
 * else by scraping every node's {@code /metrics} directly. Implementations keep the short
 * history behind the sparklines (Prometheus fills it with a range query on first read).
 *
 * <p>{@link #read} does blocking I/O and runs inside a refresh source, never on a UI thread.
 */
public interface MetricsReader {

    /** One of {@link dev.opcon.ratelimiter.model.MetricsModes}. */
    String mode();

    /** Where it reads from, password masked. */
    String endpoint();

    /**
     * @param nodes the nodes known right now (registered or remembered)
     * @throws dev.opcon.core.error.OpconException when nothing at all could be read
     */
    MetricsSnapshot read(List<NodeEndpoint> nodes);
}
