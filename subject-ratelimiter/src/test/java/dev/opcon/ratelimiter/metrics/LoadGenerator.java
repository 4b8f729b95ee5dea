package dev.opcon.ratelimiter.metrics;

import java.net.URI;
import org.awaitility.Awaitility;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends /check calls at a steady, known pace to each node and counts the answers itself, per node
 * and by time, so that tests can compare what a metrics reader says with what really happened.
 *
 * <p>Each node gets "cold" keys that are never limited and one "hot" key of its own whose limit
 * (3 per second) it exceeds, so that it blocks a steady share. It stops by itself after
 * {@code maximumRun}, so the number of calls is bounded even when a test forgets to close it.
 */
final class LoadGenerator implements AutoCloseable {

    static final int HOT_LIMIT = 3;
    static final int HOT_WINDOW_MS = 1000;
    private static final int COLD_KEYS_PER_NODE = 50;

    /** How hard one node is driven, in calls per second. */
    record NodeLoad(String nodeId, URI baseUrl, int coldPerSecond, int hotPerSecond) {
    }

    /** What the generator itself counted for one node over some interval. */
    record Counted(long allowed, long blocked, long failed, Duration interval) {

        double allowedPerSecond() {
            return allowed / (interval.toNanos() / 1e9);
        }

        double blockedPerSecond() {
            return blocked / (interval.toNanos() / 1e9);
        }
    }

    private record Answer(long epochNanos, int status) {
    }

    private final Clock clock;
    private final HttpClient httpClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService pacer = Executors.newScheduledThreadPool(2);
    private final Map<String, ConcurrentLinkedQueue<Answer>> answers = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();

    private LoadGenerator(Clock clock) {
        this.clock = clock;
    }

    static LoadGenerator start(List<NodeLoad> loads, Duration maximumRun, Clock clock) {
        LoadGenerator generator = new LoadGenerator(clock);
        for (NodeLoad load : loads) {
            generator.answers.put(load.nodeId(), new ConcurrentLinkedQueue<>());
            AtomicLong coldSequence = new AtomicLong();
            generator.every(load.coldPerSecond(), () -> generator.check(load,
                    "{\"key\":\"cold-" + load.nodeId() + "-" + coldSequence.incrementAndGet() % COLD_KEYS_PER_NODE
                            + "\",\"limit\":1000000,\"window_ms\":60000}"));
            generator.every(load.hotPerSecond(), () -> generator.check(load,
                    "{\"key\":\"hot-" + load.nodeId() + "\",\"limit\":" + HOT_LIMIT + ",\"window_ms\":" + HOT_WINDOW_MS + "}"));
        }
        generator.pacer.schedule(generator::close, maximumRun.toMillis(), TimeUnit.MILLISECONDS);
        return generator;
    }

    /** What came back from the node during the last {@code window}, ending now. */
    Counted countedDuring(String nodeId, Duration window) {
        Instant end = clock.instant();
        return countedBetween(nodeId, end.minus(window), end);
    }

    /** What came back from the node between two instants of the generator's clock. */
    Counted countedBetween(String nodeId, Instant start, Instant end) {
        long from = epochNanos(start);
        long to = epochNanos(end);
        long allowed = 0;
        long blocked = 0;
        long failed = 0;
        for (Answer answer : answers.get(nodeId)) {
            if (answer.epochNanos() > from && answer.epochNanos() <= to) {
                switch (answer.status()) {
                    case 200 -> allowed++;
                    case 429 -> blocked++;
                    default -> failed++;
                }
            }
        }
        return new Counted(allowed, blocked, failed, Duration.between(start, end));
    }

    long sent() {
        return sent.get();
    }

    /**
     * Waits until every node answers at the pace it is driven at: the first calls of a fresh
     * node wait for its connections and scripts, which would distort any figure that includes them.
     */
    void awaitSteady(List<NodeLoad> loads) {
        Awaitility.await("every node answering at the pace it is driven at").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> loads.stream().allMatch(load -> {
                    Counted lastTwoSeconds = countedDuring(load.nodeId(), Duration.ofSeconds(2));
                    return lastTwoSeconds.allowed() + lastTwoSeconds.blocked()
                            >= 2 * 0.8 * (load.coldPerSecond() + load.hotPerSecond());
                }));
    }

    @Override
    public void close() {
        pacer.shutdownNow();
    }

    private void every(int perSecond, Runnable call) {
        long periodNanos = 1_000_000_000L / perSecond;
        pacer.scheduleAtFixedRate(call, 0, periodNanos, TimeUnit.NANOSECONDS);
    }

    private void check(NodeLoad load, String body) {
        sent.incrementAndGet();
        HttpRequest request = HttpRequest.newBuilder(load.baseUrl().resolve("/check"))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        ConcurrentLinkedQueue<Answer> nodeAnswers = answers.get(load.nodeId());
        long sentAt = epochNanos(clock.instant());
        // Counted at the middle of the call, the best guess of when the node counted it.
        httpClient.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) ->
                nodeAnswers.add(new Answer(sentAt + (epochNanos(clock.instant()) - sentAt) / 2,
                        failure == null ? response.statusCode() : -1)));
    }

    private static long epochNanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
