package dev.opcon.limiter;

import dev.opcon.limiter.model.NodeRegistration;
import dev.opcon.limiter.redis.NodeRegistry;
import dev.opcon.limiter.redis.RedisUnavailableException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's registration alive: writes it at start, then again every interval with a
 * fresh TTL. A node that dies stops refreshing and its registration expires on its own.
 */
final class RegistrationHeartbeat implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationHeartbeat.class);

    private final NodeRegistry registry;
    private final NodeRegistration self;
    private final Duration timeToLive;
    private final ScheduledExecutorService timer;
    /** Touched only by the timer thread (and once before it starts). */
    private boolean failing;

    private RegistrationHeartbeat(NodeRegistry registry, NodeRegistration self, Duration timeToLive) {
        this.registry = registry;
        this.self = self;
        this.timeToLive = timeToLive;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "limiter-heartbeat-" + self.id());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Registers now, so that the node is listed as soon as {@code start} returns, then keeps the
     * registration fresh. A Redis outage does not stop the node: the next beats retry.
     */
    static RegistrationHeartbeat start(NodeRegistry registry, NodeRegistration self, Duration interval, Duration timeToLive) {
        RegistrationHeartbeat heartbeat = new RegistrationHeartbeat(registry, self, timeToLive);
        heartbeat.beat();
        long intervalNanos = interval.toNanos();
        heartbeat.timer.scheduleAtFixedRate(heartbeat::beat, intervalNanos, intervalNanos, TimeUnit.NANOSECONDS);
        return heartbeat;
    }

    private void beat() {
        try {
            registry.register(self, timeToLive);
            if (failing) {
                LOG.info("node {} registered again", self.id());
            }
            failing = false;
        } catch (RedisUnavailableException e) {
            // Once per outage, not once per beat.
            if (!failing) {
                LOG.warn("node {} cannot refresh its registration: {}", self.id(), e.getMessage());
            }
            failing = true;
        } catch (RuntimeException e) {
            // An exception would cancel the schedule for good; log it and keep beating.
            LOG.error("node {} heartbeat failed unexpectedly", self.id(), e);
        }
    }

    /** Stops beating and waits for a beat in progress, so that none runs after the unregistration. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("node {} heartbeat did not stop within 5 s", self.id());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
