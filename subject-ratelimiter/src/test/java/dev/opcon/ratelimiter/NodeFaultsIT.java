package dev.opcon.ratelimiter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.model.Violation;
import dev.opcon.core.refresh.RefreshLoop;
import dev.opcon.ratelimiter.model.NodeState;
import dev.opcon.ratelimiter.model.RateLimiterData;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** WireMock stands in for one node, listed first, next to two real nodes. */
class NodeFaultsIT {

    private static LimiterCluster cluster;
    private static WireMockServer brokenNode;

    @BeforeAll
    static void start() {
        cluster = LimiterCluster.start(2);
        brokenNode = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        brokenNode.start();
    }

    @AfterAll
    static void stop() {
        brokenNode.stop();
        cluster.close();
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("a 500", aResponse().withStatus(500).withBody("boom"), "/health answered 500"),
                Arguments.of("malformed JSON", aResponse().withStatus(200).withBody("{\"status\": \"healthy\","),
                        "/health: malformed JSON"),
                Arguments.of("no answer in time", aResponse().withStatus(200).withFixedDelay(4_000)
                        .withBody("{\"status\":\"healthy\"}"), "no answer within"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aBrokenNodeIsNamedWithItsReasonWhileTheRestIsStillObserved(String fault, ResponseDefinitionBuilder health,
                                                                    String reason) {
        brokenNode.resetAll();
        brokenNode.stubFor(get(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(503)));
        brokenNode.stubFor(get("/health").willReturn(health));
        String brokenUrl = "http://127.0.0.1:" + brokenNode.port();
        String authority = "127.0.0.1:" + brokenNode.port();
        RefreshLoop loop = cluster.watch(Map.of("ratelimiter-url", brokenUrl + "," + cluster.nodeUrls(),
                "source-deadline", "1500ms"));

        Frame frame = loop.observeOnce();

        // node_down says why; its failed probe and /metrics are no warnings of their own.
        assertThat(frame.active()).filteredOn(violation -> violation.entity().equals(authority)).singleElement()
                .satisfies(violation -> {
                    assertThat(violation.invariant()).isEqualTo("node_down");
                    assertThat(violation.message()).startsWith("node " + authority + " (" + authority + ") is down: ")
                            .contains(reason);
                });
        assertThat(frame.active()).extracting(Violation::entity).doesNotContain("node:" + authority);
        assertThat(frame.active()).filteredOn(violation -> violation.entity().equals("metrics"))
                .allSatisfy(violation -> assertThat(violation.message()).doesNotContain(authority));
        assertThat(frame.observation().sources()).filteredOn(source -> !source.name().equals("node:" + authority))
                .filteredOn(source -> !source.name().equals("metrics"))
                .allSatisfy(source -> assertThat(source.isOk()).as(source.toString()).isTrue())
                .extracting(SourceStatus::name)
                .contains("management-api", "management-counters", "redis", "redis-counters", "node:n1", "node:n2");
        RateLimiterData data = frame.observation().data(RateLimiterData.class);
        assertThat(data.managementApi()).as("failed over to a real node").isNotEqualTo(brokenUrl);
        assertThat(data.nodes()).filteredOn(node -> node.id().startsWith("n"))
                .allSatisfy(node -> assertThat(node.state()).isEqualTo(NodeState.UP));
        assertThat(data.nodes()).filteredOn(node -> node.id().equals(authority)).singleElement()
                .satisfies(node -> assertThat(node.state()).isEqualTo(NodeState.DOWN));
        assertThat(data.redis().connected()).isTrue();
    }
}
