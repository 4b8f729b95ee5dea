package dev.opcon.limiter;

import dev.opcon.limiter.redis.RedisUrl;
import java.time.Duration;
import java.util.Map;

/**
 * Everything a limiter node needs to start. Immutable; change it with the {@code with*} methods.
 *
 * @param redisUrl          {@code redis://[:password@]host:port[/db]} or {@code rediss://...}
 * @param nodeId            the id this node registers under; {@code null} means "hostname-port",
 *                          derived at start from the port actually bound (so port 0 works)
 * @param host              the address to listen on, also the address advertised in the registry
 * @param port              the HTTP port, 0 for a free one
 * @param defaultLimit      admissions per window for keys without an override or a limit in the request
 * @param defaultWindowMs   the sliding window for those keys, in milliseconds
 * @param heartbeatInterval how often the registration's TTL is refreshed
 * @param registrationTtl   how long a registration outlives its last heartbeat
 */
public record LimiterConfig(
        String redisUrl,
        String nodeId,
        String host,
        int port,
        long defaultLimit,
        long defaultWindowMs,
        Duration heartbeatInterval,
        Duration registrationTtl) {

    public static final String DEFAULT_REDIS_URL = "redis://localhost:6379";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_LIMIT = 100;
    public static final long DEFAULT_WINDOW_MS = 60_000;
    public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REGISTRATION_TTL = Duration.ofSeconds(30);
    private static final int MAX_NODE_ID_LENGTH = 128;

    public LimiterConfig {
        redisUrl = redisUrl == null ? null : redisUrl.strip();
        try {
            RedisUrl.parse(redisUrl);
        } catch (IllegalArgumentException e) {
            throw new LimiterConfigException(e.getMessage());
        }
        if (nodeId != null) {
            validateNodeId(nodeId);
        }
        if (host == null || host.isBlank()) {
            throw new LimiterConfigException("the node host is empty; expected an address such as 127.0.0.1");
        }
        if (port < 0 || port > 65535) {
            throw new LimiterConfigException("the node port must be between 0 and 65535 (0 = a free port), got " + port);
        }
        if (defaultLimit < 0) {
            throw new LimiterConfigException("the default limit must be 0 or more, got " + defaultLimit);
        }
        if (defaultWindowMs < 1) {
            throw new LimiterConfigException("the default window must be at least 1 ms, got " + defaultWindowMs);
        }
        requirePositive(heartbeatInterval, "the heartbeat interval");
        requirePositive(registrationTtl, "the registration TTL");
        if (registrationTtl.compareTo(heartbeatInterval) <= 0) {
            // Otherwise the registration would expire between two heartbeats and the node would flap.
            throw new LimiterConfigException("the registration TTL (" + registrationTtl
                    + ") must be longer than the heartbeat interval (" + heartbeatInterval + ")");
        }
    }

    /** The documented defaults: local Redis, port 8080, 100 requests per 60 s. */
    public static LimiterConfig defaults() {
        return new LimiterConfig(DEFAULT_REDIS_URL, null, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_LIMIT,
                DEFAULT_WINDOW_MS, DEFAULT_HEARTBEAT_INTERVAL, DEFAULT_REGISTRATION_TTL);
    }

    /**
     * Reads the {@code RATELIMITER_*} variables (see {@link EnvironmentConfigReader}); unset or blank
     * variables keep their defaults.
     *
     * @throws LimiterConfigException naming the variable that is wrong
     */
    public static LimiterConfig fromEnvironment(Map<String, String> environment) {
        return EnvironmentConfigReader.read(environment);
    }

    public LimiterConfig withRedisUrl(String newRedisUrl) {
        return new LimiterConfig(newRedisUrl, nodeId, host, port, defaultLimit, defaultWindowMs, heartbeatInterval, registrationTtl);
    }

    public LimiterConfig withNodeId(String newNodeId) {
        return new LimiterConfig(redisUrl, newNodeId, host, port, defaultLimit, defaultWindowMs, heartbeatInterval, registrationTtl);
    }

    public LimiterConfig withHost(String newHost) {
        return new LimiterConfig(redisUrl, nodeId, newHost, port, defaultLimit, defaultWindowMs, heartbeatInterval, registrationTtl);
    }

    public LimiterConfig withPort(int newPort) {
        return new LimiterConfig(redisUrl, nodeId, host, newPort, defaultLimit, defaultWindowMs, heartbeatInterval, registrationTtl);
    }

    public LimiterConfig withDefaultLimit(long newDefaultLimit) {
        return new LimiterConfig(redisUrl, nodeId, host, port, newDefaultLimit, defaultWindowMs, heartbeatInterval, registrationTtl);
    }

    public LimiterConfig withDefaultWindowMs(long newDefaultWindowMs) {
        return new LimiterConfig(redisUrl, nodeId, host, port, defaultLimit, newDefaultWindowMs, heartbeatInterval, registrationTtl);
    }

    public LimiterConfig withHeartbeatInterval(Duration newHeartbeatInterval) {
        return new LimiterConfig(redisUrl, nodeId, host, port, defaultLimit, defaultWindowMs, newHeartbeatInterval, registrationTtl);
    }

    public LimiterConfig withRegistrationTtl(Duration newRegistrationTtl) {
        return new LimiterConfig(redisUrl, nodeId, host, port, defaultLimit, defaultWindowMs, heartbeatInterval, newRegistrationTtl);
    }

    /** The Redis address, parsed. Never fails: the constructor has validated it. */
    public RedisUrl parsedRedisUrl() {
        return RedisUrl.parse(redisUrl);
    }

    /** Masks the Redis password: configurations end up in logs. */
    @Override
    public String toString() {
        return "LimiterConfig[redisUrl=" + parsedRedisUrl().masked() + ", nodeId=" + nodeId + ", host=" + host
                + ", port=" + port + ", defaultLimit=" + defaultLimit + ", defaultWindowMs=" + defaultWindowMs
                + ", heartbeatInterval=" + heartbeatInterval + ", registrationTtl=" + registrationTtl + "]";
    }

    private static void validateNodeId(String nodeId) {
        if (nodeId.isBlank() || nodeId.length() > MAX_NODE_ID_LENGTH) {
            throw new LimiterConfigException("the node id must have 1 to " + MAX_NODE_ID_LENGTH + " characters");
        }
        // The id is part of a Redis key and is shown on the console: keep it to one visible word.
        if (nodeId.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new LimiterConfigException("the node id must not contain spaces or control characters");
        }
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new LimiterConfigException(name + " must be longer than zero, got " + duration);
        }
    }
}
