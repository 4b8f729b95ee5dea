package dev.opcon.limiter.http;

import dev.opcon.limiter.redis.RedisConnections;
import dev.opcon.limiter.redis.RedisUnavailableException;

/**
 * {@code GET /health}: 200 while Redis answers PING, 503 naming the Redis failure otherwise. A node
 * without Redis admits nothing, so it is not healthy, however well its HTTP side works.
 */
final class HealthEndpoint implements Endpoint {

    private final RedisConnections connections;
    private final String nodeId;

    HealthEndpoint(RedisConnections connections, String nodeId) {
        this.connections = connections;
        this.nodeId = nodeId;
    }

    @Override
    public Reply answer(ApiRequest request) {
        try {
            connections.ping();
            return Reply.json(200, new ApiResponses.Health("healthy", nodeId, "ok", null));
        } catch (RedisUnavailableException e) {
            return Reply.json(503, new ApiResponses.Health("unhealthy", nodeId, "unreachable", e.getMessage()));
        }
    }
}
