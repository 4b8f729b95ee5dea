package dev.opcon.limiter.http;

import dev.opcon.limiter.metrics.LimiterMetrics;
import dev.opcon.limiter.redis.CounterRepository;
import dev.opcon.limiter.redis.NodeRegistry;
import dev.opcon.limiter.redis.RedisConnections;
import dev.opcon.limiter.redis.SlidingWindowLimiter;

/** What the HTTP API needs from the rest of the node. */
public record ApiServices(
        String nodeId,
        long defaultLimit,
        long defaultWindowMs,
        RedisConnections connections,
        SlidingWindowLimiter limiter,
        CounterRepository counters,
        NodeRegistry registry,
        LimiterMetrics metrics) {
}
