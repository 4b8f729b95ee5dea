package dev.opcon.console.demo;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@code POST /check} requests to the demo's nodes at a bounded rate, over skewed keys,
 * spread round-robin over the nodes that run. Asynchronous (JDK {@link HttpClient}), with a cap on
 * requests in flight, so that a stalled Redis cannot make it pile up connections. It only ever
 * sends to loopback addresses: it is a demo tool, not a load-testing tool to point elsewhere.
 */
final class LoadGenerator implements AutoCloseable {

    /** Requests are sent in small batches this often; the rate is spread evenly over a second. */
    static final Duration TICK = Duration.ofMillis(20);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
    /** Far above what a healthy cluster needs (a few): it only keeps a stalled cluster from drowning. */
    static final int MAX_IN_FLIGHT = 64;
    /** The rate climbs to its target over this long, so that cold JVM code is not hit with everything at once. */
    static final Duration RAMP_UP = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(LoadGenerator.class);

    private final Supplier<List<String>> targets;
    private final SkewedKeys keys;
    private final ScheduledExecutorService ticker;
    private final ExecutorService responses;
    private final HttpClient client;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final LoadCounters counters = new LoadCounters();
    private final AtomicLong roundRobin = new AtomicLong();
    private volatile int requestsPerSecond;
    private volatile long burstEndsAtNanos;
    private volatile int burstMultiplier = 1;
    private final long startedNanos = System.nanoTime();
    private double owed;

    private LoadGenerator(Supplier<List<String>> targets, SkewedKeys keys, int requestsPerSecond) {
        this.targets = targets;
        this.keys = keys;
        this.requestsPerSecond = requestsPerSecond;
        this.ticker = Executors.newSingleThreadScheduledExecutor(daemon("opcon-demo-load"));
        this.responses = Executors.newCachedThreadPool(daemon("opcon-demo-load-http"));
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(responses)
                .connectTimeout(Duration.ofSeconds(1)).build();
    }

    /**
     * @param targets the base URLs ({@code http://127.0.0.1:port}) of the nodes running now; asked
     *                on every tick, so killed nodes drop out and restarted ones come back
     */
    static LoadGenerator start(Supplier<List<String>> targets, SkewedKeys keys, int requestsPerSecond) {
        LoadGenerator generator = new LoadGenerator(targets, keys, requestsPerSecond);
        generator.ticker.scheduleAtFixedRate(generator::tick, 0, TICK.toNanos(), TimeUnit.NANOSECONDS);
        return generator;
    }

    SkewedKeys keys() {
        return keys;
    }

    int requestsPerSecond() {
        return requestsPerSecond;
    }

    /** Multiplies the rate by {@code multiplier} for {@code duration}. */
    void burst(int multiplier, Duration duration) {
        burstMultiplier = multiplier;
        burstEndsAtNanos = System.nanoTime() + duration.toNanos();
    }

    void endBurst() {
        burstEndsAtNanos = System.nanoTime();
    }

    boolean bursting() {
        return System.nanoTime() - burstEndsAtNanos < 0;
    }

    LoadCounters.Totals totals() {
        return counters.totals();
    }

    /** Stops sending; requests in flight are abandoned (their answers are no longer counted). */
    @Override
    public void close() {
        ticker.shutdownNow();
        responses.shutdownNow();
        try {
            ticker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void tick() {
        try {
            List<String> live = targets.get();
            int rate = bursting() ? requestsPerSecond * burstMultiplier : requestsPerSecond;
            double rampedUp = Math.min(1.0, (System.nanoTime() - startedNanos) / (double) RAMP_UP.toNanos());
            owed += rate * rampedUp * (TICK.toNanos() / 1e9);
            int due = (int) owed;
            owed -= due;
            if (live.isEmpty()) {
                counters.skipped(due);
                return;
            }
            for (int sent = 0; sent < due; sent++) {
                send(live.get((int) (roundRobin.getAndIncrement() % live.size())));
            }
        } catch (RuntimeException unexpected) {
            // An exception would cancel the schedule: log it and keep generating.
            LOG.warn("load generator tick failed", unexpected);
        }
    }

    private void send(String baseUrl) {
        if (!inFlight.tryAcquire()) {
            counters.skipped(1);
            return;
        }
        URI uri = URI.create(baseUrl + "/check");
        requireLoopback(uri);
        String body = "{\"key\":\"" + keys.pick(ThreadLocalRandom.current()) + "\"}";
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        inFlight.release();
                        counters.answered(failure == null ? response.statusCode() : -1);
                    });
        } catch (RuntimeException rejected) {
            // The executor is shutting down.
            inFlight.release();
        }
    }

    static void requireLoopback(URI uri) {
        try {
            if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("the demo load generator only targets loopback addresses, not " + uri);
            }
        } catch (UnknownHostException unknown) {
            throw new IllegalArgumentException("the demo load generator only targets loopback addresses, not " + uri, unknown);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
