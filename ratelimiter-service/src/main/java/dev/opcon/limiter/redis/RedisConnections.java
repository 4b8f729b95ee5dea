package dev.opcon.limiter.redis;

import java.net.SocketTimeoutException;
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
 * The node's connections to Redis: the one place that borrows Jedis connections and translates
 * Jedis's exceptions into {@link RedisUnavailableException}.
 *
 * <p>Two pools, so that health probes and heartbeats still get a connection in a second while
 * every command connection is stuck behind a slow Redis or a burst of checks; a node that looks
 * dead only because it is busy would page someone for nothing.
 *
 * <p>Creating the pools does no I/O: a node starts while Redis is down and reports it on /health.
 */
public final class RedisConnections implements AutoCloseable {

    /** Short on purpose: a check that waits longer than this is worse than a fast 503. */
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final int CONTROL_CONNECTIONS = 4;

    private final RedisUrl url;
    private final JedisPool commandPool;
    private final JedisPool controlPool;

    private RedisConnections(RedisUrl url, JedisPool commandPool, JedisPool controlPool) {
        this.url = url;
        this.commandPool = commandPool;
        this.controlPool = controlPool;
    }

    /** @param commandConnections at least the number of threads that run checks, so none waits for a connection */
    public static RedisConnections open(RedisUrl url, String clientName, int commandConnections) {
        DefaultJedisClientConfig clientConfig = clientConfig(url, clientName);
        HostAndPort address = new HostAndPort(url.host(), url.port());
        return new RedisConnections(url,
                new JedisPool(poolConfig(commandConnections), address, clientConfig),
                new JedisPool(poolConfig(CONTROL_CONNECTIONS), address, clientConfig));
    }

    public RedisUrl url() {
        return url;
    }

    /** Runs {@code work} on a command connection (checks and the management API). */
    public <T> T withCommands(String what, Function<Jedis, T> work) {
        return run(commandPool, what, work);
    }

    /** Runs {@code work} on a control connection (health and heartbeat). */
    public <T> T withControl(String what, Function<Jedis, T> work) {
        return run(controlPool, what, work);
    }

    /**
     * PINGs Redis. A broken connection is retried once, because after a Redis restart the first
     * pooled connection is dead although Redis is back, and a health probe must not report an
     * outage that is over. A timeout is not retried: a hanging Redis must be reported within the
     * one-second timeout, not two.
     */
    public void ping() {
        try {
            withControl("PING", Jedis::ping);
        } catch (RedisUnavailableException firstFailure) {
            if (isTimeout(firstFailure)) {
                throw firstFailure;
            }
            withControl("PING", Jedis::ping);
        }
    }

    @Override
    public void close() {
        commandPool.close();
        controlPool.close();
    }

    private <T> T run(JedisPool pool, String what, Function<Jedis, T> work) {
        try (Jedis jedis = pool.getResource()) {
            return work.apply(jedis);
        } catch (JedisConnectionException e) {
            // The idle connections are most likely dead too (Redis restarted or the network
            // dropped): drop them so that the next calls connect afresh instead of failing one by one.
            pool.clear();
            throw new RedisUnavailableException("Redis at " + url.masked() + " is unreachable (" + what + "): " + describe(e), e);
        } catch (JedisException e) {
            throw new RedisUnavailableException("Redis at " + url.masked() + " failed " + what + ": " + describe(e), e);
        }
    }

    private static boolean isTimeout(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (root != error && root.getMessage() != null && !message.contains(root.getMessage())) {
            message += " (" + root.getMessage() + ")";
        }
        return message;
    }

    private static DefaultJedisClientConfig clientConfig(RedisUrl url, String clientName) {
        DefaultJedisClientConfig.Builder builder = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis((int) TIMEOUT.toMillis())
                .socketTimeoutMillis((int) TIMEOUT.toMillis())
                .database(url.database())
                .clientName(clientName)
                // CLIENT SETINFO costs a round trip per new connection and fails on Redis < 7.2.
                .clientSetInfoConfig(ClientSetInfoConfig.DISABLED);
        url.user().ifPresent(builder::user);
        url.password().ifPresent(builder::password);
        if (url.tls()) {
            SSLParameters parameters = new SSLParameters();
            // Without this the certificate is trusted for any host name.
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            builder.ssl(true).sslParameters(parameters);
        }
        return builder.build();
    }

    private static JedisPoolConfig poolConfig(int size) {
        JedisPoolConfig config = new JedisPoolConfig();
        config.setMaxTotal(size);
        // As many idle as total: a smaller idle cap closes and reopens connections under every burst.
        config.setMaxIdle(size);
        config.setMinIdle(0);
        config.setMaxWait(TIMEOUT);
        config.setBlockWhenExhausted(true);
        // Several nodes can live in one JVM (tests, demo); their pools need no MBeans.
        config.setJmxEnabled(false);
        return config;
    }
}
