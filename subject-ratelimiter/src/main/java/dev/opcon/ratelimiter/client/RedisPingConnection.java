package dev.opcon.ratelimiter.client;

import dev.opcon.core.error.OpconException;
import java.time.Duration;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The console's own PING, on a connection of its own, because its answer is what
 * {@code redis_disconnected} is about: it never waits for the pool that the counter pass and INFO
 * share, it gives up sooner than they do, and a PING that timed out is not tried again, so that
 * a Redis that hangs shows within one refresh instead of after twice the timeout. Only a
 * connection that served earlier PINGs and then broke at once (Redis restarted meanwhile) is
 * replaced and the PING tried once more. Creating it does no I/O; the first PING connects.
 */
final class RedisPingConnection implements AutoCloseable {

    private final RedisEndpoint endpoint;
    private final Duration timeout;
    private final JedisClientConfig clientConfig;
    private Jedis connection;

    /** @param timeout connect, and wait for each answer, at most this long */
    RedisPingConnection(RedisEndpoint endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.clientConfig = RedisConnections.clientConfig(endpoint, timeout);
    }

    /**
     * @return the PING round trip in milliseconds, connecting not included
     * @throws OpconException naming the endpoint, password masked
     */
    synchronized double ping() {
        boolean reused = connection != null;
        try {
            return pingOnce();
        } catch (JedisException failure) {
            drop();
            if (reused && failure instanceof JedisConnectionException && !RedisFailures.timedOut(failure)) {
                return pingAgain();
            }
            throw RedisFailures.translate(failure, endpoint, timeout);
        }
    }

    @Override
    public synchronized void close() {
        drop();
    }

    private double pingAgain() {
        try {
            return pingOnce();
        } catch (JedisException failure) {
            drop();
            throw RedisFailures.translate(failure, endpoint, timeout);
        }
    }

    private double pingOnce() {
        if (connection == null) {
            connection = new Jedis(new HostAndPort(endpoint.host(), endpoint.port()), clientConfig);
        }
        long started = System.nanoTime();
        connection.ping();
        return (System.nanoTime() - started) / 1_000_000.0;
    }

    private void drop() {
        if (connection != null) {
            try {
                connection.close();
            } catch (JedisException alreadyBroken) {
                // Nothing to tell: the connection is being dropped because it failed.
            }
            connection = null;
        }
    }
}
