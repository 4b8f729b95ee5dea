package dev.opcon.limiter;

import dev.opcon.limiter.http.ApiServices;
import dev.opcon.limiter.http.HttpApiServer;
import dev.opcon.limiter.metrics.LimiterMetrics;
import dev.opcon.limiter.model.NodeRegistration;
import dev.opcon.limiter.redis.CounterRepository;
import dev.opcon.limiter.redis.NodeRegistry;
import dev.opcon.limiter.redis.RedisConnections;
import dev.opcon.limiter.redis.RedisUnavailableException;
import dev.opcon.limiter.redis.SlidingWindowLimiter;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running rate limiter node: HTTP API, Redis connections and registration heartbeat. Start it
 * with {@link #start(LimiterConfig)}, stop it with {@link #close()}; many nodes may run in one JVM.
 *
 * <p>A node starts even when Redis is down (it answers 503 and its heartbeat keeps trying), so a
 * cluster comes back by itself after a Redis outage instead of needing its nodes restarted.
 */
public final class LimiterNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LimiterNode.class);
    /** How long running requests get to finish when the node stops. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);
    /** Command connections: one per check thread, plus some for the management API. */
    private static final int COMMAND_CONNECTIONS = HttpApiServer.CHECK_THREADS + 8;

    private final LimiterConfig config;
    private final NodeRegistration registration;
    private final HttpApiServer server;
    private final RedisConnections connections;
    private final NodeRegistry registry;
    private final RegistrationHeartbeat heartbeat;
    private final LimiterMetrics metrics;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LimiterNode(LimiterConfig config, NodeRegistration registration, HttpApiServer server, RedisConnections connections,
            NodeRegistry registry, RegistrationHeartbeat heartbeat, LimiterMetrics metrics) {
        this.config = config;
        this.registration = registration;
        this.server = server;
        this.connections = connections;
        this.registry = registry;
        this.heartbeat = heartbeat;
        this.metrics = metrics;
    }

    /**
     * Binds the port, starts answering, and registers the node in Redis.
     *
     * @throws LimiterStartException when the port cannot be bound
     */
    public static LimiterNode start(LimiterConfig config) {
        HttpApiServer server;
        try {
            server = HttpApiServer.bind(config.host(), config.port());
        } catch (IOException e) {
            throw new LimiterStartException("cannot listen on " + hostAndPort(config.host(), config.port()) + ": " + e.getMessage(), e);
        }
        int port = server.port();
        String nodeId = config.nodeId() != null ? config.nodeId() : defaultNodeId(port);
        NodeRegistration registration = new NodeRegistration(nodeId, hostAndPort(config.host(), port),
                NodeRegistration.STATE_UP, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        RedisConnections connections = null;
        try {
            connections = RedisConnections.open(config.parsedRedisUrl(), "ratelimiter-" + nodeId, COMMAND_CONNECTIONS);
            LimiterMetrics metrics = new LimiterMetrics();
            NodeRegistry registry = new NodeRegistry(connections);
            server.start(new ApiServices(nodeId, config.defaultLimit(), config.defaultWindowMs(), connections,
                    new SlidingWindowLimiter(connections, config.defaultLimit(), config.defaultWindowMs()),
                    new CounterRepository(connections, config.defaultLimit(), config.defaultWindowMs()),
                    registry, metrics));
            RegistrationHeartbeat heartbeat = RegistrationHeartbeat.start(registry, registration,
                    config.heartbeatInterval(), config.registrationTtl());
            LOG.info("rate limiter node {} listening on {}, Redis {}", nodeId, registration.address(), connections.url().masked());
            return new LimiterNode(config, registration, server, connections, registry, heartbeat, metrics);
        } catch (RuntimeException e) {
            // Free the port and the connections, or a retry on the same port would fail.
            server.stop(Duration.ZERO);
            if (connections != null) {
                connections.close();
            }
            throw e;
        }
    }

    public String nodeId() {
        return registration.id();
    }

    public int port() {
        return server.port();
    }

    /** {@code host:port}, as registered in Redis. */
    public String address() {
        return registration.address();
    }

    /** {@code http://host:port}, the base of the HTTP API. */
    public String url() {
        return "http://" + registration.address();
    }

    public LimiterConfig config() {
        return config;
    }

    /** The node's counters, as also exposed on /metrics. */
    public LimiterMetrics metrics() {
        return metrics;
    }

    /**
     * Adds {@code delay} to every /check from now on ({@link Duration#ZERO} removes it): chaos
     * experiments and tests use it to raise the node's latency.
     */
    public void setCheckDelay(Duration delay) {
        server.setCheckDelay(delay);
    }

    public Duration checkDelay() {
        return server.checkDelay();
    }

    /**
     * Graceful stop: refuse new requests and let running ones finish (up to 2 s), close the port,
     * remove the registration from Redis, close the connections. Idempotent; the same port can be
     * bound again as soon as it returns.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // The heartbeat first, or it could write the registration back after its removal.
        heartbeat.close();
        server.stop(STOP_GRACE);
        try {
            registry.unregister(registration.id());
        } catch (RedisUnavailableException e) {
            LOG.warn("node {} could not remove its registration; it expires within {}: {}",
                    registration.id(), config.registrationTtl(), e.getMessage());
        }
        connections.close();
        LOG.info("rate limiter node {} stopped", registration.id());
    }

    @Override
    public String toString() {
        return "LimiterNode[" + registration.id() + " at " + registration.address() + "]";
    }

    private static String defaultNodeId(int port) {
        return hostName() + "-" + port;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "localhost" : fromEnvironment;
        }
    }

    private static String hostAndPort(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
