package dev.opcon.ratelimiter.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.awaitility.Awaitility.await;

import dev.opcon.core.prometheus.PrometheusClient;
import dev.opcon.core.prometheus.PrometheusConfig;
import dev.opcon.core.prometheus.QueryResult;
import dev.opcon.limiter.embedded.LocalPrometheus;
import dev.opcon.ratelimiter.metrics.LoadGenerator.Counted;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The real Prometheus binary scrapes three in-process nodes every second under a load of known
 * size; the reader's figures must match what the load generator counted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class PrometheusMetricsReaderIT {

    /** Long enough to hold about a hundred blocked checks of the least loaded node. */
    private static final Duration RATE_WINDOW = Duration.ofSeconds(30);
    /** Short, so that the p99 falls back soon after the delay ends. */
    private static final Duration LATENCY_WINDOW = Duration.ofSeconds(5);
    private static final Duration SLOW_CHECK = Duration.ofMillis(200);

    private final Clock clock = Clock.systemUTC();
    private LimiterCluster cluster;
    private LocalPrometheus prometheus;
    private LoadGenerator load;
    private PrometheusClient client;

    @BeforeAll
    void startClusterPrometheusAndLoad() {
        PrometheusBinary.require();
        cluster = LimiterCluster.start(3);
        prometheus = LocalPrometheus.start(cluster.addresses(), Duration.ofSeconds(1));
        load = LoadGenerator.start(DirectMetricsReaderIT.standardLoad(cluster), Duration.ofSeconds(90), clock);
        load.awaitSteady(DirectMetricsReaderIT.standardLoad(cluster));
        client = new PrometheusClient(PrometheusConfig.of(prometheus.url().toString()));
    }

    @AfterAll
    void stop() {
        if (load != null) {
            load.close();
        }
        if (prometheus != null) {
            prometheus.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void perNodeRatesMatchWhatTheLoadGeneratorCountedAndHistoryIsFilledAtOnce() {
        awaitFullRateWindowOfSamples();
        // n2 as registered under "localhost": Prometheus scrapes it as 127.0.0.1 all the same.
        List<NodeEndpoint> nodes = nodesWithN2AsLocalhost();

        MetricsSnapshot snapshot = reader(RATE_WINDOW).read(nodes);

        assertThat(snapshot.mode()).isEqualTo("prometheus");
        assertThat(snapshot.problems()).isEmpty();
        assertThat(snapshot.nodes()).containsOnlyKeys("n1", "n2", "n3");
        for (NodeEndpoint node : nodes) {
            NodeMetrics metrics = snapshot.nodes().get(node.nodeId());
            Counted counted = load.countedDuring(node.nodeId(), RATE_WINDOW);
            assertThat(counted.failed()).isZero();
            assertThat(metrics.allowedPerSecond()).as("allowed/s of %s", node.nodeId())
                    .isCloseTo(counted.allowedPerSecond(), withinPercentage(10));
            assertThat(metrics.blockedPerSecond()).as("blocked/s of %s", node.nodeId())
                    .isCloseTo(counted.blockedPerSecond(), withinPercentage(10));
            assertThat(metrics.up()).isTrue();
            assertThat(metrics.activeCounters()).isPositive();
            assertThat(metrics.p99Milliseconds()).isPositive();
            // Prometheus stamps its answer with its own evaluation time, taken just after readAt.
            assertThat(metrics.sampledAt()).isBetween(snapshot.readAt().minusSeconds(3), snapshot.readAt().plusSeconds(1));
        }
        assertThat(snapshot.history()).as("filled by the range query on the first read").hasSizeGreaterThan(10);
        RatePoint newest = snapshot.history().get(snapshot.history().size() - 1);
        assertThat(newest.allowedPerSecond()).isCloseTo(snapshot.nodes().values().stream()
                .mapToDouble(NodeMetrics::allowedPerSecond).sum(), withinPercentage(0.001));
        assertThat(snapshot.history().get(snapshot.history().size() - 5).allowedPerSecond()).isPositive();
    }

    @Test
    @Order(2)
    void slowingOneNodeRaisesItsP99AboveOneHundredMillisecondsUntilTheDelayEnds() {
        PrometheusMetricsReader reader = reader(LATENCY_WINDOW);
        List<NodeEndpoint> nodes = cluster.endpoints();
        AtomicReference<MetricsSnapshot> slow = new AtomicReference<>();
        cluster.node("n2").setCheckDelay(SLOW_CHECK);
        try {
            await("p99 of n2 above 100 ms").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        slow.set(reader.read(nodes));
                        return p99(slow.get(), "n2") > 100;
                    });
        } finally {
            cluster.node("n2").setCheckDelay(Duration.ZERO);
        }
        assertThat(p99(slow.get(), "n1")).isLessThan(p99(slow.get(), "n2"));
        assertThat(p99(slow.get(), "n3")).isLessThan(p99(slow.get(), "n2"));

        await("p99 of n2 back below 100 ms").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1))
                .until(() -> p99(reader.read(nodes), "n2") < 100);
    }

    @Test
    @Order(3)
    void closingPrometheusLeavesNoProcessAndNoFiles() {
        prometheus.close();

        assertThat(prometheus.isRunning()).isFalse();
        assertThat(Files.exists(prometheus.workDirectory())).isFalse();
    }

    private void awaitFullRateWindowOfSamples() {
        String fullWindows = "count(count_over_time(ratelimiter_node_up[" + RATE_WINDOW.toSeconds() + "s]) >= "
                + (RATE_WINDOW.toSeconds() - 1) + ")";
        await("Prometheus has a full rate window of samples of all three nodes").atMost(Duration.ofSeconds(70))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    QueryResult result = client.instantQuery(fullWindows);
                    return !result.isEmpty() && result.samples().get(0).value() == 3;
                });
    }

    private PrometheusMetricsReader reader(Duration rateWindow) {
        return new PrometheusMetricsReader(client, rateWindow, clock);
    }

    private List<NodeEndpoint> nodesWithN2AsLocalhost() {
        return cluster.endpoints().stream()
                .map(node -> node.nodeId().equals("n2")
                        ? new NodeEndpoint("n2", node.address().replace("127.0.0.1", "localhost"),
                                URI.create(node.baseUrl().toString().replace("127.0.0.1", "localhost")))
                        : node)
                .toList();
    }

    private static double p99(MetricsSnapshot snapshot, String nodeId) {
        NodeMetrics metrics = snapshot.nodes().get(nodeId);
        return metrics == null ? Double.NaN : metrics.p99Milliseconds();
    }
}
