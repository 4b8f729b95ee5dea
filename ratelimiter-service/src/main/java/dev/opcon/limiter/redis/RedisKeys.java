package dev.opcon.limiter.redis;

import java.util.Optional;

/** The Redis key names of the wire contract, and the way back from a key name to a client key. */
final class RedisKeys {

    static final String COUNTER_PREFIX = "ratelimit:";
    static final String OVERRIDE_PREFIX = "ratelimit:limit:";
    static final String SEQUENCE_SUFFIX = ":seq";
    static final String NODE_PREFIX = "ratelimiter:nodes:";
    /** Matches windows, sequences and overrides alike; {@link #clientKeyOf} tells them apart. */
    static final String ALL_COUNTER_KEYS = COUNTER_PREFIX + "*";
    static final String ALL_NODE_KEYS = NODE_PREFIX + "*";
    /** Fields of the override hash (the Lua scripts spell them too). */
    static final String LIMIT_FIELD = "limit";
    static final String WINDOW_FIELD = "window_ms";

    private RedisKeys() {
    }

    static String window(String key) {
        return COUNTER_PREFIX + key;
    }

    static String sequence(String key) {
        return COUNTER_PREFIX + key + SEQUENCE_SUFFIX;
    }

    static String override(String key) {
        return OVERRIDE_PREFIX + key;
    }

    static String node(String nodeId) {
        return NODE_PREFIX + nodeId;
    }

    static String nodeIdOf(String redisKey) {
        return redisKey.substring(NODE_PREFIX.length());
    }

    /**
     * The client key that a window or override belongs to; empty for sequence counters. Unambiguous
     * because client keys may not start with {@code limit:} nor end with {@code :seq}.
     */
    static Optional<String> clientKeyOf(String redisKey) {
        if (!redisKey.startsWith(COUNTER_PREFIX) || redisKey.endsWith(SEQUENCE_SUFFIX)) {
            return Optional.empty();
        }
        if (redisKey.startsWith(OVERRIDE_PREFIX)) {
            return Optional.of(redisKey.substring(OVERRIDE_PREFIX.length()));
        }
        return Optional.of(redisKey.substring(COUNTER_PREFIX.length()));
    }
}
