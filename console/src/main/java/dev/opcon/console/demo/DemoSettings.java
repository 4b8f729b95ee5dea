package dev.opcon.console.demo;

import dev.opcon.core.error.OpconException;
import java.time.Duration;
import java.util.Optional;

/**
 * How to build the demo cluster.
 *
 * @param requestsPerSecond the load generator's steady rate
 * @param keys              how many client keys the load is spread over (skewed: a few are hot)
 * @param externalRedisUrl  an existing Redis to use instead of starting one
 * @param prometheus        whether to start a Prometheus when its binary can be found
 * @param nodes             how many limiter nodes to start
 */
public record DemoSettings(int requestsPerSecond, int keys, Optional<String> externalRedisUrl,
                           PrometheusChoice prometheus, int nodes) {

    public static final int DEFAULT_REQUESTS_PER_SECOND = 200;
    public static final int DEFAULT_KEYS = 50;
    public static final int DEFAULT_NODES = 3;
    /** The demo's default limit per key and window: low enough that the hottest keys hit it. */
    public static final long DEFAULT_LIMIT = 300;
    public static final Duration WINDOW = Duration.ofSeconds(60);
    /** Short, so that a node comes back in the registry within a second of a Redis restart. */
    public static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(1);
    public static final Duration REGISTRATION_TTL = Duration.ofSeconds(5);
    public static final Duration SCRAPE_INTERVAL = Duration.ofSeconds(1);

    /** {@code auto} starts Prometheus when its binary is found; {@code off} reads the nodes directly. */
    public enum PrometheusChoice { auto, off }

    public DemoSettings {
        if (requestsPerSecond < 0 || requestsPerSecond > 5_000) {
            throw OpconException.configuration("--rps must be between 0 and 5000, got " + requestsPerSecond);
        }
        if (keys < 1 || keys > 10_000) {
            throw OpconException.configuration("--keys must be between 1 and 10000, got " + keys);
        }
        if (nodes < 2 || nodes > 9) {
            throw OpconException.configuration("the demo runs 2 to 9 nodes, got " + nodes);
        }
        externalRedisUrl = externalRedisUrl.filter(url -> !url.isBlank());
    }

    public static DemoSettings defaults() {
        return new DemoSettings(DEFAULT_REQUESTS_PER_SECOND, DEFAULT_KEYS, Optional.empty(), PrometheusChoice.auto,
                DEFAULT_NODES);
    }
}
