package dev.opcon.console.demo;

import java.time.Duration;
import java.util.Map;
import redis.clients.jedis.Jedis;

/**
 * Sets a busy key's limit to 0 through the management API while its window still holds
 * admissions: the console calls that a ghost (limit 0, yet requests admitted). Undone by putting
 * back the override the key had, or removing it when it had none.
 */
final class GhostLimitFault extends ClusterFault {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final String redisUrl;
    private final NodeApi nodes;
    private final String key;
    private Map<String, String> previousOverride = Map.of();

    GhostLimitFault(String redisUrl, NodeApi nodes, String key) {
        super("ghost-limit", "Set key " + key + "'s limit to 0", "ghost_allowing");
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
            previousOverride = Map.copyOf(jedis.hgetAll(RedisAccess.limitOverride(key)));
        }
        nodes.setLimit(key, 0);
        return "set the limit of " + key + " to 0 (PUT /api/limits): expect ghost_allowing";
    }

    @Override
    String doUndo() {
        try (Jedis jedis = RedisAccess.open(redisUrl, TIMEOUT)) {
            String override = RedisAccess.limitOverride(key);
            if (previousOverride.isEmpty()) {
                jedis.del(override);
                return "removed the override of " + key + ": it has the default limit again";
            }
            jedis.hset(override, previousOverride);
            return "put back the limit of " + key + ": " + previousOverride.getOrDefault("limit", "?");
        }
    }
}
