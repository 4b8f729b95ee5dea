package dev.opcon.ratelimiter.metrics;

import java.net.URI;

/**
 * A node as the metrics side needs it.
 *
 * @param address {@code host:port} as the node registered it (matched to Prometheus's {@code instance})
 * @param baseUrl where its HTTP API (and {@code /metrics}) answers
 */
public record NodeEndpoint(String nodeId, String address, URI baseUrl) {
}
