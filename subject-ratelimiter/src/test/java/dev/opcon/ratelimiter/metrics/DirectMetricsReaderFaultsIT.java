package dev.opcon.ratelimiter.metrics;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.opcon.core.error.OpconException;
import dev.opcon.ratelimiter.model.MetricsProblem;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Direct mode against stubbed nodes: exact rates between scrapes, and nodes that fail on their own. */
class DirectMetricsReaderFaultsIT {

    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

    private final WireMockServer nodes = new WireMockServer(wireMockConfig().dynamicPort());
    private final MutableClock clock = new MutableClock(T0);
    private List<NodeEndpoint> endpoints;

    @BeforeEach
    void start() {
        nodes.start();
        endpoints = List.of(node("n1"), node("n2"), node("n3"));
    }

    @AfterEach
    void stop() {
        nodes.stop();
    }

    @Test
    void ratesArriveFromTheSecondScrapeAndFailingNodesAreProblems() {
        page("n1", NodeSampleTest.page(100, 10, 10, 10, 10, 10, 3));
        nodes.stubFor(get(urlEqualTo("/n2/metrics")).willReturn(aResponse().withFixedDelay(1_500).withBody("")));
        nodes.stubFor(get(urlEqualTo("/n3/metrics")).willReturn(aResponse().withStatus(500)));
        DirectMetricsReader reader = new DirectMetricsReader(Duration.ofMillis(500), clock);

        MetricsSnapshot first = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> reader.read(endpoints));
        page("n1", NodeSampleTest.page(150, 30, 60, 60, 60, 60, 3));
        clock.advance(Duration.ofSeconds(5));
        MetricsSnapshot second = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> reader.read(endpoints));

        assertThat(first.mode()).isEqualTo("direct");
        assertThat(first.nodes()).containsOnlyKeys("n1");
        assertThat(first.nodes().get("n1").allowedPerSecond()).isNaN();
        assertThat(first.problems()).extracting(MetricsProblem::nodeId).containsExactlyInAnyOrder("n2", "n3");
        assertThat(first.problems()).extracting(MetricsProblem::message)
                .anySatisfy(problem -> assertThat(problem).startsWith("node n2: ").contains("no answer within 500 ms"))
                .anySatisfy(problem -> assertThat(problem).startsWith("node n3: ").contains("HTTP 500"));
        NodeMetrics n1 = second.nodes().get("n1");
        assertThat(n1.allowedPerSecond()).isEqualTo(10);
        assertThat(n1.blockedPerSecond()).isEqualTo(4);
        assertThat(n1.p99Milliseconds()).isLessThan(5);
        assertThat(n1.activeCounters()).isEqualTo(3);
        assertThat(second.history()).hasSize(2);
        assertThat(second.history().get(1).allowedPerSecond()).isEqualTo(10);
        assertThat(second.history().get(1).blockedPerSecond()).isEqualTo(4);
    }

    @Test
    void aNodeAnsweringSomethingElseThanMetricsIsAProblemNamingIt() {
        page("n1", NodeSampleTest.page(1, 1, 1, 1, 1, 1, 1));
        page("n2", "<html>not metrics</html>");
        page("n3", NodeSampleTest.page(1, 1, 1, 1, 1, 1, 1));

        MetricsSnapshot snapshot = new DirectMetricsReader(Duration.ofMillis(500), clock).read(endpoints);

        assertThat(snapshot.nodes()).containsOnlyKeys("n1", "n3");
        assertThat(snapshot.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.nodeId()).isEqualTo("n2");
            assertThat(problem.message()).startsWith("node n2: ").contains("unreadable");
        });
    }

    @Test
    void whenNoNodeAnswersTheReadFails() {
        nodes.stubFor(get(urlEqualTo("/n1/metrics")).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> new DirectMetricsReader(Duration.ofMillis(500), clock).read(List.of(node("n1"))))
                .isInstanceOfSatisfying(OpconException.class, failure ->
                        assertThat(failure.category()).isEqualTo(OpconException.Category.SOURCE_UNAVAILABLE))
                .hasMessageStartingWith("node n1: ");
    }

    @Test
    void noNodesIsAnEmptySnapshotNotAFailure() {
        MetricsSnapshot snapshot = new DirectMetricsReader(Duration.ofMillis(500), clock).read(List.of());

        assertThat(snapshot.nodes()).isEmpty();
        assertThat(snapshot.problems()).isEmpty();
    }

    private void page(String nodeId, String body) {
        nodes.stubFor(get(urlEqualTo("/" + nodeId + "/metrics")).willReturn(aResponse()
                .withHeader("Content-Type", "text/plain; version=0.0.4").withBody(body)));
    }

    private NodeEndpoint node(String nodeId) {
        return new NodeEndpoint(nodeId, "localhost:" + nodes.port(), URI.create(nodes.baseUrl() + "/" + nodeId));
    }
}
