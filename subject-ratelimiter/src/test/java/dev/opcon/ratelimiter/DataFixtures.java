package dev.opcon.ratelimiter;

import dev.opcon.ratelimiter.model.CounterData;
import dev.opcon.ratelimiter.model.FigureAges;
import dev.opcon.ratelimiter.model.MetricsProblem;
import dev.opcon.ratelimiter.model.NodeData;
import dev.opcon.ratelimiter.model.NodeState;
import dev.opcon.ratelimiter.model.RateLimiterData;
import dev.opcon.ratelimiter.model.RedisData;
import java.time.Instant;
import java.util.List;

/** Hand-made observation data for pure tests. */
public final class DataFixtures {

    public static final Instant NOW = Instant.parse("2025-01-31T12:00:00Z");

    private DataFixtures() {
    }

    public static NodeData upNode(String id, Double p99) {
        return new NodeData(id, "127.0.0.1:80" + id.length(), "http://127.0.0.1:80" + id.length(), NodeState.UP, true, null,
                true, NOW.minusSeconds(3_600), true, true, 12.5, 0.0, p99, 1_000L, null);
    }

    public static NodeData downNode(String id, String reason) {
        return new NodeData(id, "127.0.0.1:9999", "http://127.0.0.1:9999", NodeState.DOWN, false,
                "/health: cannot connect (connection refused)", false, NOW.minusSeconds(60), null, false,
                null, null, null, null, reason);
    }

    public static NodeData nodeWithoutRedis(String id) {
        return new NodeData(id, "127.0.0.1:8001", "http://127.0.0.1:8001", NodeState.UP, false,
                "Redis at redis://127.0.0.1:6379 is unreachable (PING)", true, NOW, false, true, null, null, null, null, null);
    }

    public static CounterData counter(String key, long count, long limit, Long apiCount, Long apiRemaining) {
        return new CounterData(key, count, limit, Math.max(0, limit - count), 60_000, false, 59_000L,
                NOW.minusSeconds(50), NOW.minusSeconds(1), apiCount, apiRemaining);
    }

    public static RedisData connectedRedis() {
        return new RedisData("redis://:***@127.0.0.1:6379/0", true, 0.4, 1_234L, 2_097_152L, 180.0, "7.0.15", null);
    }

    public static RedisData disconnectedRedis() {
        return new RedisData("redis://:***@127.0.0.1:6379/0", false, null, null, null, null, null,
                "Redis at redis://:***@127.0.0.1:6379/0: cannot connect (Connection refused)");
    }

    public static RateLimiterData data(List<NodeData> nodes, List<CounterData> counters, RedisData redis) {
        return data(nodes, counters, redis, "direct", List.of());
    }

    public static RateLimiterData data(List<NodeData> nodes, List<CounterData> counters, RedisData redis,
                                       String metricsSource, List<MetricsProblem> metricsProblems) {
        return new RateLimiterData(nodes, counters, (long) counters.size() + 7, 7L, redis, metricsSource,
                "http://127.0.0.1:8001", 100L, 60_000L, List.of(), metricsProblems, new FigureAges(0L, 0L, 0L, 500L));
    }
}
