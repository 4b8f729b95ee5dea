package dev.opcon.ratelimiter.metrics;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.opcon.core.error.OpconException;
import dev.opcon.core.error.OpconException.Category;
import dev.opcon.core.prometheus.PrometheusClient;
import dev.opcon.core.prometheus.PrometheusConfig;
import dev.opcon.ratelimiter.model.MetricsProblem;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way Prometheus can fail becomes an OpconException naming the query, quickly. */
class PrometheusMetricsReaderFaultsIT {

    private static final String CHECKED_QUERY =
            "query 'sum by (instance, result) (rate(ratelimiter_requests_checked_total[10s]))'";
    private static final List<NodeEndpoint> NODES =
            List.of(new NodeEndpoint("n1", "127.0.0.1:8081", URI.create("http://127.0.0.1:8081")));
    private static final Duration NEVER_HANG = Duration.ofSeconds(5);

    private final WireMockServer prometheus = new WireMockServer(wireMockConfig().dynamicPort());

    @BeforeEach
    void start() {
        prometheus.start();
    }

    @AfterEach
    void stop() {
        prometheus.stop();
    }

    @Test
    void aRejectedQueryIsNonsenseWithPrometheusReason() {
        answerEveryQuery(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"error\",\"errorType\":\"bad_data\","
                        + "\"error\":\"1:1: parse error: unexpected character\"}"));

        assertFails(() -> reader(Duration.ofSeconds(2), Duration.ofSeconds(3)).read(NODES),
                Category.SOURCE_NONSENSE, "bad_data: 1:1: parse error: unexpected character");
    }

    @Test
    void anUnavailablePrometheusIsASourceErrorWithTheStatus() {
        answerEveryQuery(aResponse().withStatus(503).withBody("Service Unavailable"));

        assertFails(() -> reader(Duration.ofSeconds(2), Duration.ofSeconds(3)).read(NODES),
                Category.SOURCE_UNAVAILABLE, "HTTP 503");
    }

    @Test
    void aPrometheusThatDoesNotAnswerInTimeIsCutOffByTheRequestTimeout() {
        answerEveryQuery(aResponse().withFixedDelay(1_500).withBody("{}"));

        assertFails(() -> reader(Duration.ofMillis(300), Duration.ofSeconds(3)).read(NODES),
                Category.SOURCE_UNAVAILABLE, "no answer within 300 ms");
    }

    @Test
    void aPrometheusThatDoesNotAnswerInTimeIsCutOffByTheReadDeadline() {
        answerEveryQuery(aResponse().withFixedDelay(1_500).withBody("{}"));

        assertFails(() -> reader(Duration.ofSeconds(10), Duration.ofMillis(400)).read(NODES),
                Category.SOURCE_UNAVAILABLE, "no answer within 400 ms");
    }

    @Test
    void anErrorStatusInASuccessfulHttpAnswerIsNonsense() {
        answerEveryQuery(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"many-to-many matching\"}"));

        assertFails(() -> reader(Duration.ofSeconds(2), Duration.ofSeconds(3)).read(NODES),
                Category.SOURCE_NONSENSE, "execution: many-to-many matching");
    }

    @Test
    void oneFailingQueryAmongGoodOnesIsOnlyAProblem() {
        prometheus.stubFor(get(urlPathMatching("/api/v1/query")).atPriority(5).willReturn(success("vector")));
        prometheus.stubFor(get(urlPathMatching("/api/v1/query_range")).atPriority(5).willReturn(success("matrix")));
        prometheus.stubFor(get(urlPathMatching("/api/v1/query")).atPriority(1)
                .withQueryParam("query", containing("timestamp("))
                .willReturn(aResponse().withStatus(503)));

        MetricsSnapshot snapshot = assertTimeoutPreemptively(NEVER_HANG,
                () -> reader(Duration.ofSeconds(2), Duration.ofSeconds(3)).read(NODES));

        assertThat(snapshot.problems()).extracting(MetricsProblem::message).singleElement().asString()
                .contains("max by (instance) (timestamp(ratelimiter_node_up))", "HTTP 503");
    }

    private static ResponseDefinitionBuilder success(String resultType) {
        return aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"success\",\"data\":{\"resultType\":\"" + resultType + "\",\"result\":[]}}");
    }

    private void answerEveryQuery(ResponseDefinitionBuilder response) {
        prometheus.stubFor(get(urlPathMatching("/api/v1/query(_range)?")).atPriority(5).willReturn(response));
    }

    private static void assertFails(ThrowingCallable read, Category category, String reason) {
        assertTimeoutPreemptively(NEVER_HANG, () -> assertThatThrownBy(read)
                .isInstanceOfSatisfying(OpconException.class,
                        failure -> assertThat(failure.category()).isEqualTo(category))
                .hasMessageContaining("Prometheus at http://localhost:")
                .hasMessageContaining(CHECKED_QUERY)
                .hasMessageContaining(reason));
    }

    private PrometheusMetricsReader reader(Duration requestTimeout, Duration deadline) {
        PrometheusClient client = new PrometheusClient(PrometheusConfig.of(prometheus.baseUrl())
                .withRequestTimeout(requestTimeout));
        return new PrometheusMetricsReader(client, client.endpoint(), Duration.ofSeconds(10), deadline,
                Clock.systemUTC());
    }
}
