package dev.opcon.ratelimiter.client;

import dev.opcon.core.error.OpconException;
import dev.opcon.ratelimiter.model.ApiCounters;
import dev.opcon.ratelimiter.model.ManagementSnapshot;
import dev.opcon.ratelimiter.model.NodeHealth;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reads the limiter nodes' HTTP API. Any node's management API lists the whole cluster, so a read
 * asks the configured URLs with {@link HedgedAttempts}: the one that answered last first, the next
 * one when it fails or is slow, and takes the first answer.
 */
public final class ManagementApiClient implements AutoCloseable {

    private final List<URI> baseUrls;
    private final JsonHttp http;
    private final ExecutorService attempts = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "opcon-management-api");
        thread.setDaemon(true);
        return thread;
    });
    private volatile URI lastAnswered;

    public ManagementApiClient(List<URI> baseUrls, Duration connectTimeout) {
        if (baseUrls.isEmpty()) {
            throw new IllegalArgumentException("at least one node URL is needed");
        }
        this.baseUrls = List.copyOf(baseUrls);
        this.http = new JsonHttp(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
        this.lastAnswered = this.baseUrls.get(0);
    }

    /**
     * Reads the registered nodes and the default limits from the first URL that answers.
     *
     * @param budget the time the whole read may take
     * @throws OpconException naming every URL tried and why it failed
     */
    public ManagementSnapshot readCluster(Duration budget) throws InterruptedException {
        long deadline = System.nanoTime() + budget.toNanos();
        HedgedAttempts.Winner<ManagementSnapshot> winner = new HedgedAttempts<ManagementSnapshot>(attempts, budget)
                .run(tryingOrder(), url -> new ManagementApiReader(http, url, deadline).readCluster());
        lastAnswered = winner.url();
        return winner.value();
    }

    /**
     * Reads the busiest counters as the management API counts them, from the first URL that answers.
     *
     * @param counterLimit how many of the busiest counters to ask for
     * @throws OpconException naming every URL tried and why it failed
     */
    public ApiCounters readCounters(Duration budget, int counterLimit) throws InterruptedException {
        long deadline = System.nanoTime() + budget.toNanos();
        return new HedgedAttempts<ApiCounters>(attempts, budget)
                .run(tryingOrder(), url -> new ManagementApiReader(http, url, deadline).readCounters(counterLimit))
                .value();
    }

    /**
     * Probes one node's {@code GET /health}.
     *
     * @throws OpconException when it cannot be reached or answers something that is not a health report
     */
    public NodeHealth health(URI baseUrl, Duration timeout) throws InterruptedException {
        JsonHttp.Answer answer = http.get(URI.create(baseUrl + "/health"), timeout);
        return HealthAnswers.read(answer);
    }

    @Override
    public void close() {
        attempts.shutdownNow();
    }

    private List<URI> tryingOrder() {
        URI first = Objects.requireNonNullElse(lastAnswered, baseUrls.get(0));
        List<URI> order = new ArrayList<>(baseUrls.size());
        order.add(first);
        baseUrls.stream().filter(url -> !url.equals(first)).forEach(order::add);
        return order;
    }
}
