package dev.opcon.console.demo;

import dev.opcon.limiter.redis.RedisUrl;
import java.time.Duration;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/** Opens the chaos controls' own Redis connections, with timeouts, from the cluster's Redis URL. */
final class RedisAccess {

    static final String COUNTER_PREFIX = "ratelimit:";
    static final String LIMIT_PREFIX = "ratelimit:limit:";
    static final String SEQUENCE_SUFFIX = ":seq";

    private RedisAccess() {
    }

    static Jedis open(String redisUrl, Duration timeout) {
        RedisUrl url = RedisUrl.parse(redisUrl);
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis((int) timeout.toMillis())
                .socketTimeoutMillis((int) timeout.toMillis())
                .database(url.database())
                .ssl(url.tls())
                .clientName("opcon-demo-chaos");
        url.user().ifPresent(config::user);
        url.password().ifPresent(config::password);
        return new Jedis(new HostAndPort(url.host(), url.port()), config.build());
    }

    /** {@code ratelimit:{key}}: the sorted set of admissions of the wire contract. */
    static String window(String key) {
        return COUNTER_PREFIX + key;
    }

    static String sequence(String key) {
        return COUNTER_PREFIX + key + SEQUENCE_SUFFIX;
    }

    /** {@code ratelimit:limit:{key}}: the per-key override hash {@code {limit, window_ms}}. */
    static String limitOverride(String key) {
        return LIMIT_PREFIX + key;
    }
}
