package dev.opcon.limiter;

import dev.opcon.limiter.redis.RedisUrl;
import java.util.Map;

/**
 * Turns {@code RATELIMITER_*} environment variables into a {@link LimiterConfig}. Every error names
 * the variable, because an operator reading "bad port" cannot tell which of six settings is wrong.
 */
final class EnvironmentConfigReader {

    static final String REDIS_URL = "RATELIMITER_REDIS_URL";
    static final String NODE_ID = "RATELIMITER_NODE_ID";
    static final String NODE_HOST = "RATELIMITER_NODE_HOST";
    static final String NODE_PORT = "RATELIMITER_NODE_PORT";
    static final String DEFAULT_LIMIT = "RATELIMITER_DEFAULT_LIMIT";
    static final String DEFAULT_WINDOW_MS = "RATELIMITER_DEFAULT_WINDOW_MS";

    private EnvironmentConfigReader() {
    }

    static LimiterConfig read(Map<String, String> environment) {
        LimiterConfig defaults = LimiterConfig.defaults();
        String redisUrl = text(environment, REDIS_URL, defaults.redisUrl());
        try {
            RedisUrl.parse(redisUrl);
        } catch (IllegalArgumentException e) {
            throw new LimiterConfigException(REDIS_URL + ": " + e.getMessage());
        }
        String nodeId = text(environment, NODE_ID, null);
        String host = text(environment, NODE_HOST, defaults.host());
        int port = (int) number(environment, NODE_PORT, defaults.port(), 0, 65535, "a port between 0 and 65535 (0 = a free port)");
        long limit = number(environment, DEFAULT_LIMIT, defaults.defaultLimit(), 0, Long.MAX_VALUE, "a whole number of requests, 0 or more");
        long windowMs = number(environment, DEFAULT_WINDOW_MS, defaults.defaultWindowMs(), 1, Long.MAX_VALUE, "a whole number of milliseconds, 1 or more");
        try {
            return new LimiterConfig(redisUrl, nodeId, host, port, limit, windowMs,
                    defaults.heartbeatInterval(), defaults.registrationTtl());
        } catch (LimiterConfigException e) {
            // Only the node id is left unchecked above.
            throw new LimiterConfigException(NODE_ID + ": " + e.getMessage());
        }
    }

    private static String text(Map<String, String> environment, String name, String fallback) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static long number(Map<String, String> environment, String name, long fallback, long minimum, long maximum, String expected) {
        String value = text(environment, name, null);
        if (value == null) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value);
            if (number >= minimum && number <= maximum) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new LimiterConfigException(name + " must be " + expected + ", got '" + value + "'");
    }
}
