package dev.opcon.ratelimiter.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.awaitility.Awaitility.await;

import dev.opcon.ratelimiter.metrics.LoadGenerator.Counted;
import dev.opcon.ratelimiter.metrics.LoadGenerator.NodeLoad;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** Direct mode against three real nodes under a load of known size. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class DirectMetricsReaderIT {

    private static final Duration INTERVAL = Duration.ofSeconds(10);

    private final Clock clock = Clock.systemUTC();
    private LimiterCluster cluster;
    private LoadGenerator load;

    @BeforeAll
    void startClusterAndLoad() {
        cluster = LimiterCluster.start(3);
        load = LoadGenerator.start(standardLoad(cluster), Duration.ofSeconds(60), clock);
        load.awaitSteady(standardLoad(cluster));
    }

    @AfterAll
    void stop() {
        if (load != null) {
            load.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void perNodeRatesMatchWhatTheLoadGeneratorCounted() throws InterruptedException {
        DirectMetricsReader reader = new DirectMetricsReader(Duration.ofSeconds(1), clock);
        List<NodeEndpoint> nodes = cluster.endpoints();

        MetricsSnapshot first = reader.read(nodes);
        Thread.sleep(INTERVAL.toMillis());
        MetricsSnapshot second = reader.read(nodes);

        assertThat(first.nodes().values()).allSatisfy(metrics -> assertThat(metrics.allowedPerSecond()).isNaN());
        assertThat(second.mode()).isEqualTo("direct");
        assertThat(second.problems()).isEmpty();
        for (NodeEndpoint node : nodes) {
            NodeMetrics metrics = second.nodes().get(node.nodeId());
            Counted counted = load.countedBetween(node.nodeId(), first.nodes().get(node.nodeId()).sampledAt(),
                    metrics.sampledAt());
            assertThat(counted.failed()).isZero();
            assertThat(metrics.allowedPerSecond()).as("allowed/s of %s", node.nodeId())
                    .isCloseTo(counted.allowedPerSecond(), withinPercentage(10));
            assertThat(metrics.blockedPerSecond()).as("blocked/s of %s", node.nodeId())
                    .isCloseTo(counted.blockedPerSecond(), withinPercentage(10));
            assertThat(metrics.p99Milliseconds()).isPositive();
            assertThat(metrics.up()).isTrue();
            assertThat(metrics.activeCounters()).isPositive();
        }
        RatePoint total = second.history().get(second.history().size() - 1);
        assertThat(total.allowedPerSecond()).isCloseTo(second.nodes().values().stream()
                .mapToDouble(NodeMetrics::allowedPerSecond).sum(), withinPercentage(0.001));
    }

    @Test
    @Order(2)
    void aSlowNodeShowsItsP99AboveOneHundredMillisecondsAndRecovers() throws InterruptedException {
        DirectMetricsReader reader = new DirectMetricsReader(Duration.ofSeconds(1), clock);
        List<NodeEndpoint> nodes = cluster.endpoints();
        cluster.node("n2").setCheckDelay(Duration.ofMillis(200));
        // Each poll is one read: p99 over the interval since the previous poll.
        try {
            reader.read(nodes);
            await().atMost(Duration.ofSeconds(20)).pollDelay(Duration.ofSeconds(2)).pollInterval(Duration.ofSeconds(2))
                    .untilAsserted(() -> {
                        MetricsSnapshot slow = reader.read(nodes);
                        assertThat(slow.nodes().get("n2").p99Milliseconds()).isGreaterThan(100);
                        assertThat(slow.nodes().get("n1").p99Milliseconds()).isLessThan(100);
                        assertThat(slow.nodes().get("n3").p99Milliseconds()).isLessThan(100);
                    });
        } finally {
            cluster.node("n2").setCheckDelay(Duration.ZERO);
        }
        reader.read(nodes);
        await().atMost(Duration.ofSeconds(20)).pollDelay(Duration.ofSeconds(2)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(reader.read(nodes).nodes().get("n2").p99Milliseconds()).isLessThan(100));
    }

    @Test
    @Order(3)
    void aStoppedNodeIsAProblemWhileTheOthersAreStillRead() {
        DirectMetricsReader reader = new DirectMetricsReader(Duration.ofMillis(500), clock);
        List<NodeEndpoint> nodes = new ArrayList<>(cluster.endpoints());
        nodes.add(new NodeEndpoint("gone", "127.0.0.1:1", URI.create("http://127.0.0.1:1")));

        MetricsSnapshot snapshot = reader.read(nodes);

        assertThat(snapshot.nodes()).containsOnlyKeys("n1", "n2", "n3");
        assertThat(snapshot.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.nodeId()).isEqualTo("gone");
            assertThat(problem.message()).startsWith("node gone: ").contains("could not be read");
        });
    }

    /**
     * Different rates per node, so that figures landing on the wrong node would show; modest
     * ones (75 calls/s in all), so that a busy build machine still keeps up.
     */
    static List<NodeLoad> standardLoad(LimiterCluster cluster) {
        List<NodeEndpoint> nodes = cluster.endpoints();
        return List.of(new NodeLoad(nodes.get(0).nodeId(), nodes.get(0).baseUrl(), 10, 8),
                new NodeLoad(nodes.get(1).nodeId(), nodes.get(1).baseUrl(), 15, 10),
                new NodeLoad(nodes.get(2).nodeId(), nodes.get(2).baseUrl(), 20, 12));
    }
}
