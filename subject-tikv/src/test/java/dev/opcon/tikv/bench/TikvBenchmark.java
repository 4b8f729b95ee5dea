package dev.opcon.tikv.bench;

import dev.opcon.core.model.Frame;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.refresh.RefreshLoop;
import dev.opcon.core.spi.Options;
import dev.opcon.tikv.TikvSubjectFactory;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * How long one observation of a large cluster takes, and that memory does not grow with its regions.
 * Not a test: a program. Starts a PD (and Prometheus) stub on loopback for 100 stores whose region
 * counts add up to 10 000 or 1 000 000, times observations of the real subject next to the raw GETs
 * alone, and prints a table. Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -o -pl subject-tikv test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx512m -cp subject-tikv/target/test-classes:subject-tikv/target/classes:$(cat subject-tikv/target/test-classpath.txt) \
 *     dev.opcon.tikv.bench.TikvBenchmark [observations, default 50]
 * </pre>
 */
public final class TikvBenchmark {

    private static final int STORES = 100;
    private static final int WARM_UP = 10;

    private TikvBenchmark() {
    }

    record Result(String mode, long regions, double requestsPerObservation, Timings observe, Timings rawGets,
                  long heapAfterGc, long fullRegionScans, long nonGets) {
    }

    record Timings(double medianMillis, double p99Millis) {

        static Timings of(List<Long> nanos) {
            List<Long> sorted = nanos.stream().sorted().toList();
            int p99 = (int) Math.ceil(sorted.size() * 0.99) - 1;
            return new Timings(sorted.get(sorted.size() / 2) / 1e6, sorted.get(p99) / 1e6);
        }
    }

    public static void main(String[] arguments) throws Exception {
        int observations = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 50;
        PrintStream out = System.out;
        List<Result> results = new ArrayList<>();
        results.add(run("pd", 10_000, false, observations));
        results.add(run("pd", 1_000_000, false, observations));
        results.add(run("pd + prometheus", 10_000, true, observations));
        results.add(run("pd + prometheus", 1_000_000, true, observations));
        out.printf(Locale.ROOT, "TiKV subject: %d stores, %d observations each (after %d to warm up), %d cores, max heap %d MiB%n",
                STORES, observations, WARM_UP, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.println("| mode            |   regions | GETs/obs | observe median | observe p99 | raw GETs median | raw GETs p99 "
                + "| heap after GC | GET /regions | non-GET |");
        out.println("|-----------------|----------:|---------:|---------------:|------------:|----------------:|-------------:"
                + "|--------------:|-------------:|--------:|");
        for (Result result : results) {
            out.printf(Locale.ROOT, "| %-15s | %9d | %8.1f | %11.1f ms | %8.1f ms | %12.1f ms | %9.1f ms | %9.1f MiB | %12d | %7d |%n",
                    result.mode(), result.regions(), result.requestsPerObservation(), result.observe().medianMillis(),
                    result.observe().p99Millis(), result.rawGets().medianMillis(), result.rawGets().p99Millis(),
                    result.heapAfterGc() / 1048576.0, result.fullRegionScans(), result.nonGets());
        }
        boolean fast = results.stream().allMatch(result -> result.observe().p99Millis() < 1000);
        boolean cheap = results.stream().allMatch(result -> result.fullRegionScans() == 0 && result.nonGets() == 0);
        out.println(fast && cheap ? "OK: every observation under 1 s, no region listing, GETs only"
                : "NOT OK: an observation took 1 s or more, or the subject listed regions or wrote to PD");
    }

    private static Result run(String mode, long regions, boolean prometheus, int observations) throws Exception {
        GeneratedCluster cluster = new GeneratedCluster(STORES, regions);
        try (ClusterStubServer stub = new ClusterStubServer(cluster)) {
            Map<String, String> options = new HashMap<>(Map.of("pd-endpoint", stub.baseUrl(), "timeout", "5s"));
            if (prometheus) {
                options.put("prometheus-url", stub.baseUrl());
            }
            try (RefreshLoop loop = new RefreshLoop(new TikvSubjectFactory().create(Options.of(options)), Duration.ofSeconds(1))) {
                for (int round = 0; round < WARM_UP; round++) {
                    requireAllOk(loop.observeOnce());
                }
                long requestsBefore = stub.totalRequests();
                List<Long> observeNanos = new ArrayList<>();
                for (int round = 0; round < observations; round++) {
                    long start = System.nanoTime();
                    Frame frame = loop.observeOnce();
                    observeNanos.add(System.nanoTime() - start);
                    requireAllOk(frame);
                }
                double requestsPerObservation = (stub.totalRequests() - requestsBefore) / (double) observations;
                long heap = heapAfterGc();
                Timings rawGets = rawGets(stub, observations);
                return new Result(mode, regions, requestsPerObservation, Timings.of(observeNanos), rawGets, heap,
                        stub.fullRegionScans.get(), stub.nonGetRequests.get());
            }
        }
    }

    /** The same requests the subject made, all at once, bodies read and dropped: the floor an observation stands on. */
    private static Timings rawGets(ClusterStubServer stub, int rounds) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<URI> targets = stub.requestTargets.stream().map(target -> URI.create(stub.baseUrl() + target)).toList();
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < WARM_UP + rounds; round++) {
            long start = System.nanoTime();
            CompletableFuture.allOf(targets.stream()
                    .map(uri -> http.sendAsync(java.net.http.HttpRequest.newBuilder(uri).GET().build(),
                            HttpResponse.BodyHandlers.discarding()))
                    .toArray(CompletableFuture[]::new)).join();
            if (round >= WARM_UP) {
                nanos.add(System.nanoTime() - start);
            }
        }
        return Timings.of(nanos);
    }

    private static void requireAllOk(Frame frame) {
        for (SourceStatus status : frame.observation().sources()) {
            if (!status.isOk()) {
                throw new IllegalStateException("source " + status.name() + " failed: " + status.errorText());
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
