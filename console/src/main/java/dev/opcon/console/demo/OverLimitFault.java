package dev.opcon.console.demo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;

/**
 * Writes admissions straight into a key's window, past its limit, as a buggy client of Redis
 * (or a race in a non-atomic limiter) would: the limiter itself never admits that many. Undone by
 * removing exactly the entries it wrote.
 */
final class OverLimitFault extends ClusterFault {

    static final int EXCESS = 25;
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final String redisUrl;
    private final NodeApi nodes;
    private final String key;
    private List<String> injected = List.of();

    OverLimitFault(String redisUrl, NodeApi nodes, String key) {
        super("over-limit", "Push key " + key + " past its limit", "over_limit");
        this.redisUrl = redisUrl;
        this.nodes = nodes;
        this.key = key;
    }

    @Override
    String expectedEntity() {
        return key;
    }

    @Override
    String doInject() {
        try (Jedis jedis = RedisAccess.open(redisUrl, TIMEOUT)) {
            long limit = limitOf(jedis);
            int count = (int) Math.min(limit + EXCESS, 100_000);
            long lastSequence = jedis.incrBy(RedisAccess.sequence(key), count);
            long now = System.currentTimeMillis();
            Map<String, Double> entries = new LinkedHashMap<>();
            for (int index = 0; index < count; index++) {
                long sequence = lastSequence - count + 1 + index;
                entries.put(now + ":" + sequence, (double) now);
            }
            Pipeline pipeline = jedis.pipelined();
            pipeline.zadd(RedisAccess.window(key), entries);
            // Without a TTL of its own the window would outlive the demo in a shared Redis.
            pipeline.pexpire(RedisAccess.window(key), Duration.ofMinutes(2).toMillis());
            pipeline.sync();
            injected = List.copyOf(entries.keySet());
            return "wrote " + count + " admissions into " + key + " (limit " + limit + "): expect over_limit";
        }
    }

    @Override
    String doUndo() {
        try (Jedis jedis = RedisAccess.open(redisUrl, TIMEOUT)) {
            long removed = injected.isEmpty() ? 0 : jedis.zrem(RedisAccess.window(key), injected.toArray(String[]::new));
            injected = List.of();
            return "removed " + removed + " injected admissions from " + key;
        }
    }

    private long limitOf(Jedis jedis) {
        String override = jedis.hget(RedisAccess.limitOverride(key), "limit");
        return override != null ? Long.parseLong(override) : nodes.defaultLimit();
    }
}
