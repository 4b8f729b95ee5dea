package dev.opcon.ratelimiter.client;

import dev.opcon.core.error.OpconException;
import java.time.Duration;
import java.util.function.Function;
import javax.net.ssl.SSLParameters;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A small Jedis pool with short timeouts, and the one place that translates Jedis exceptions.
 * Creating it does no I/O. After a connection failure the idle connections are dropped, and a read
 * whose connection failed at once (a pooled connection that died with a Redis restart) is tried
 * again on a fresh one, so reads recover by themselves, in the same refresh, once Redis is back.
 * A read that timed out is not tried again: that would only double the wait for a Redis that hangs.
 */
final class RedisConnections implements AutoCloseable {

    private static final int MOST_CONNECTIONS = 4;

    private final RedisEndpoint endpoint;
    private final Duration timeout;
    private final JedisPool pool;

    RedisConnections(RedisEndpoint endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.pool = new JedisPool(poolConfig(timeout), new HostAndPort(endpoint.host(), endpoint.port()),
                clientConfig(endpoint, timeout));
    }

    RedisEndpoint endpoint() {
        return endpoint;
    }

    /**
     * Runs one idempotent read.
     *
     * @throws OpconException naming the endpoint, password masked
     */
    <T> T withJedis(Function<Jedis, T> work) {
        long started = System.nanoTime();
        try {
            return attempt(work);
        } catch (OpconException failure) {
            boolean failedAtOnce = System.nanoTime() - started < timeout.toNanos() / 2;
            if (failedAtOnce && failure.category() == OpconException.Category.SOURCE_UNAVAILABLE
                    && !RedisFailures.timedOut(failure)) {
                return attempt(work);
            }
            throw failure;
        }
    }

    private <T> T attempt(Function<Jedis, T> work) {
        try (Jedis jedis = pool.getResource()) {
            return work.apply(jedis);
        } catch (JedisConnectionException failure) {
            // The idle connections are most likely dead too (Redis restarted): connect afresh.
            pool.clear();
            throw RedisFailures.translate(failure, endpoint, timeout);
        } catch (JedisException failure) {
            throw RedisFailures.translate(failure, endpoint, timeout);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static JedisPoolConfig poolConfig(Duration timeout) {
        JedisPoolConfig config = new JedisPoolConfig();
        config.setMaxTotal(MOST_CONNECTIONS);
        config.setMaxIdle(MOST_CONNECTIONS);
        config.setMinIdle(0);
        config.setMaxWait(timeout);
        // No PING on borrow: it would hide the server's own error (NOAUTH, say) behind "Unable to validate object".
        config.setTestOnBorrow(false);
        config.setTestWhileIdle(false);
        config.setJmxEnabled(false);
        return config;
    }

    static DefaultJedisClientConfig clientConfig(RedisEndpoint endpoint, Duration timeout) {
        DefaultJedisClientConfig.Builder builder = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis((int) timeout.toMillis())
                .socketTimeoutMillis((int) timeout.toMillis())
                .database(endpoint.database())
                .clientName("opcon-console")
                // CLIENT SETINFO costs a round trip per connection and fails before Redis 7.2.
                .clientSetInfoConfig(ClientSetInfoConfig.DISABLED);
        endpoint.user().ifPresent(builder::user);
        endpoint.password().ifPresent(builder::password);
        if (endpoint.tls()) {
            SSLParameters parameters = new SSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            builder.ssl(true).sslParameters(parameters);
        }
        return builder.build();
    }
}
