package dev.opcon.tikv.bench;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.refresh.RefreshLoop;
import dev.opcon.core.spi.Options;
import dev.opcon.tikv.TikvSubjectFactory;
import dev.opcon.tikv.bench.ScenarioResult.Timings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One scenario: a stub cluster, the real subject in a refresh loop, and rounds of one timed observation
 * followed by the same GETs alone. Alternating them puts both under the same load of the machine.
 */
final class ScenarioRun {

    static final int WARM_UP = 5;
    /** The measuring stops here, after at least {@link #MINIMUM_OBSERVATIONS}, so four scenarios stay under a minute. */
    static final Duration TIME_PER_SCENARIO = Duration.ofSeconds(8);
    static final int MINIMUM_OBSERVATIONS = 5;

    private ScenarioRun() {
    }

    static ScenarioResult measure(TikvBenchmark.Scenario scenario, int stores, int observations) throws Exception {
        GeneratedCluster cluster = new GeneratedCluster(stores, scenario.regions());
        try (ClusterStubServer stub = new ClusterStubServer(cluster)) {
            Map<String, String> options = new HashMap<>(Map.of("pd-endpoint", stub.baseUrl(), "timeout", "5s"));
            if (scenario.prometheus()) {
                options.put("prometheus-url", stub.baseUrl());
            }
            try (RefreshLoop loop = new RefreshLoop(new TikvSubjectFactory().create(Options.of(options)),
                    Duration.ofSeconds(1))) {
                for (int round = 0; round < WARM_UP; round++) {
                    // The last warm-up's requests are the baseline's: the first ones also fill the rates history.
                    stub.forgetTargets();
                    requireAllOk(loop.observeOnce());
                }
                List<URI> targets = stub.targets();
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                rawGets(http, targets);
                List<Long> observeNanos = new ArrayList<>();
                List<Long> rawNanos = new ArrayList<>();
                long requests = 0;
                long deadline = System.nanoTime() + TIME_PER_SCENARIO.toNanos();
                while (observeNanos.size() < observations
                        && (observeNanos.size() < MINIMUM_OBSERVATIONS || System.nanoTime() < deadline)) {
                    long requestsBefore = stub.requests();
                    long start = System.nanoTime();
                    Frame frame = loop.observeOnce();
                    observeNanos.add(System.nanoTime() - start);
                    requests += stub.requests() - requestsBefore;
                    requireAllOk(frame);
                    rawNanos.add(rawGets(http, targets));
                }
                return new ScenarioResult(scenario, observeNanos.size(), requests / (double) observeNanos.size(),
                        Timings.of(observeNanos), Timings.of(rawNanos), heapAfterGc(), stub.fullRegionScans(),
                        stub.nonGetRequests());
            }
        }
    }

    /** Every target at once, bodies read and dropped; the nanoseconds until the last answered. */
    private static long rawGets(HttpClient http, List<URI> targets) {
        long start = System.nanoTime();
        CompletableFuture.allOf(targets.stream()
                .map(uri -> http.sendAsync(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding()))
                .toArray(CompletableFuture[]::new)).join();
        return System.nanoTime() - start;
    }

    private static void requireAllOk(Frame frame) {
        for (SourceStatus status : frame.observation().sources()) {
            if (!status.isOk()) {
                throw OpconException.nonsense("the benchmark's stub cluster should answer everything, but source "
                        + status.name() + " failed: " + status.errorText(), null);
            }
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int round = 0; round < 3; round++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
