package dev.opcon.core.prometheus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.opcon.core.error.OpconException;
import dev.opcon.core.error.OpconException.Category;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way a query can fail becomes one OpconException: the right category, the endpoint and the query named, no secret. */
class PrometheusClientFaultTest {

    private static final String QUERY = "rate(x[1m])";
    private static final String TOKEN = "s3cret-token";

    private final WireMockServer prometheus = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void start() {
        prometheus.start();
    }

    @AfterEach
    void stop() {
        prometheus.stop();
    }

    @Test
    void aBadQueryIsNonsenseWithPrometheussReason() {
        answer(json(400, Fixtures.read("prom_query_error_bad_data.json")));

        OpconException failure = failureOf(() -> client().instantQuery(QUERY));

        assertThat(failure.category()).isEqualTo(Category.SOURCE_NONSENSE);
        assertThat(failure.getMessage()).isEqualTo("Prometheus at " + prometheus.baseUrl()
                + " rejected query 'rate(x[1m])': bad_data: invalid parameter \"query\": 1:12: parse error:"
                + " unexpected end of input");
    }

    @Test
    void anExecutionErrorIsNonsense() {
        answer(json(422, """
                {"status":"error","errorType":"execution","error":"many-to-many matching not allowed"}"""));

        OpconException failure = failureOf(() -> client().instantQuery(QUERY));

        assertThat(failure.category()).isEqualTo(Category.SOURCE_NONSENSE);
        assertThat(failure.getMessage()).contains("rejected query 'rate(x[1m])': execution: many-to-many");
    }

    @Test
    void unavailableIsUnavailable() {
        answer(json(503, """
                {"status":"error","errorType":"unavailable","error":"TSDB not ready"}"""));

        OpconException failure = failureOf(() -> client().instantQuery(QUERY));

        assertThat(failure.category()).isEqualTo(Category.SOURCE_UNAVAILABLE);
        assertThat(failure.getMessage()).isEqualTo("Prometheus at " + prometheus.baseUrl()
                + " could not answer query 'rate(x[1m])': unavailable: TSDB not ready");
    }

    @Test
    void aProxysErrorPageIsUnavailableWithItsFirstLine() {
        answer(aResponse().withStatus(502).withBody("<html><title>502 Bad Gateway</title>\n<body>nginx</body></html>"));

        OpconException failure = failureOf(() -> client().instantQuery(QUERY));

        assertThat(failure.category()).isEqualTo(Category.SOURCE_UNAVAILABLE);
        assertThat(failure.getMessage()).endsWith(
                "could not answer query 'rate(x[1m])': HTTP 502: <html><title>502 Bad Gateway</title>");
    }

    @Test
    void aTimeoutIsUnavailableAfterTheConfiguredTime() {
        answer(okJson(Fixtures.read("prom_query_empty_vector.json")).withFixedDelay(2_000));
        PrometheusClient client = new PrometheusClient(config().withRequestTimeout(Duration.ofMillis(300)));

        long started = System.nanoTime();
        OpconException failure = failureOf(() -> client.instantQuery(QUERY));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500));
        assertThat(failure.category()).isEqualTo(Category.SOURCE_UNAVAILABLE);
        assertThat(failure.getMessage()).isEqualTo("Prometheus at " + prometheus.baseUrl()
                + ": query 'rate(x[1m])' could not be answered: no answer within 300 ms");
    }

    @Test
    void anErrorStatusWithHttp200IsNonsense() {
        answer(okJson(Fixtures.read("prom_query_error_bad_data.json")));

        OpconException failure = failureOf(() -> client().instantQuery(QUERY));

        assertThat(failure.category()).isEqualTo(Category.SOURCE_NONSENSE);
        assertThat(failure.getMessage()).contains("rejected query 'rate(x[1m])': bad_data: invalid parameter");
    }

    @Test
    void aTimeoutErrorStatusWithHttp200IsUnavailable() {
        answer(okJson("""
                {"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"}"""));

        OpconException failure = failureOf(() -> client().instantQuery(QUERY));

        assertThat(failure.category()).isEqualTo(Category.SOURCE_UNAVAILABLE);
        assertThat(failure.getMessage()).contains("could not answer query 'rate(x[1m])': timeout: query timed out");
    }

    @Test
    void malformedJsonIsNonsense() {
        answer(okJson("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":"));

        OpconException failure = failureOf(() -> client().instantQuery(QUERY));

        assertThat(failure.category()).isEqualTo(Category.SOURCE_NONSENSE);
        assertThat(failure.getMessage()).startsWith("Prometheus at " + prometheus.baseUrl()
                + " answered query 'rate(x[1m])' with something unreadable: malformed JSON");
    }

    @Test
    void aWellFormedButUnexpectedShapeIsNonsense() {
        answer(okJson("""
                {"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":"3"}]}}"""));

        OpconException failure = failureOf(() -> client().instantQuery(QUERY));

        assertThat(failure.category()).isEqualTo(Category.SOURCE_NONSENSE);
        assertThat(failure.getMessage()).contains("query 'rate(x[1m])'").contains("expected a [time, \"value\"] pair");
    }

    @Test
    void aRangeVectorFromAnInstantQuerySaysWhatToDo() {
        answer(okJson("""
                {"status":"success","data":{"resultType":"matrix","result":[]}}"""));

        OpconException failure = failureOf(() -> client().instantQuery("x[5m]"));

        assertThat(failure.category()).isEqualTo(Category.SOURCE_NONSENSE);
        assertThat(failure.getMessage()).contains("query 'x[5m]'").contains("such as rate()");
    }

    @Test
    void aRangeQueryFailureNamesTheQueryToo() {
        prometheus.stubFor(get(urlPathEqualTo("/api/v1/query_range"))
                .willReturn(json(400, Fixtures.read("prom_query_error_bad_data.json"))));
        Instant end = Instant.parse("2025-06-10T02:00:00Z");

        OpconException failure = failureOf(() ->
                client().rangeQuery(QUERY, end.minusSeconds(600), end, Duration.ofSeconds(15)));

        assertThat(failure.category()).isEqualTo(Category.SOURCE_NONSENSE);
        assertThat(failure.getMessage()).contains("rejected query 'rate(x[1m])': bad_data");
    }

    @Test
    void refusedCredentialsAreAConfigurationProblemAndTheTokenIsNotShown() {
        answer(aResponse().withStatus(401).withBody("Unauthorized"));

        OpconException failure = failureOf(() -> new PrometheusClient(config().withBearerToken(TOKEN)).instantQuery(QUERY));

        assertThat(failure.category()).isEqualTo(Category.CONFIGURATION);
        assertThat(failure.getMessage()).contains("HTTP 401").contains("bearer token").doesNotContain(TOKEN);
    }

    @Test
    void secretsAreInNoMessage() {
        answer(json(400, Fixtures.read("prom_query_error_bad_data.json")));

        OpconException withToken = failureOf(() -> new PrometheusClient(config().withBearerToken(TOKEN)).instantQuery(QUERY));
        OpconException withPassword = failureOf(() ->
                new PrometheusClient(config().withBasicAuth("grafana", "pa55word")).instantQuery(QUERY));

        assertThat(withToken.getMessage()).doesNotContain(TOKEN);
        assertThat(withPassword.getMessage()).doesNotContain("pa55word");
        assertThat(config().withBearerToken(TOKEN).toString()).doesNotContain(TOKEN);
        assertThat(config().withBasicAuth("grafana", "pa55word").toString()).doesNotContain("pa55word");
    }

    @Test
    void aMissingApiIsAConfigurationProblem() {
        OpconException failure = failureOf(() -> client().instantQuery(QUERY));

        assertThat(failure.category()).isEqualTo(Category.CONFIGURATION);
        assertThat(failure.getMessage()).contains("HTTP 404").contains("--prometheus-url");
    }

    @Test
    void aRedirectIsNotFollowedWithOurCredentials() {
        answer(aResponse().withStatus(302).withHeader("Location", "https://sso.example.com/login"));

        OpconException failure = failureOf(() -> new PrometheusClient(config().withBearerToken(TOKEN)).instantQuery(QUERY));

        assertThat(failure.category()).isEqualTo(Category.CONFIGURATION);
        assertThat(failure.getMessage()).contains("redirects query 'rate(x[1m])' to https://sso.example.com/login");
    }

    @Test
    void aRefusedConnectionIsUnavailableAndNamesTheEndpoint() {
        String baseUrl = prometheus.baseUrl();
        prometheus.stop();

        OpconException failure = failureOf(() -> new PrometheusClient(PrometheusConfig.of(baseUrl)).instantQuery(QUERY));

        assertThat(failure.category()).isEqualTo(Category.SOURCE_UNAVAILABLE);
        assertThat(failure.getMessage()).startsWith("Prometheus at " + baseUrl + ": query 'rate(x[1m])'")
                .contains("connection refused").contains("--prometheus-url");
    }

    @Test
    void anUnknownHostIsUnavailableAndNamesTheHost() {
        PrometheusClient client = new PrometheusClient(PrometheusConfig.of("http://no-such-host.invalid:9090"));

        OpconException failure = failureOf(() -> client.instantQuery(QUERY));

        assertThat(failure.category()).isEqualTo(Category.SOURCE_UNAVAILABLE);
        assertThat(failure.getMessage()).contains("http://no-such-host.invalid:9090")
                .contains("unknown host 'no-such-host.invalid'");
    }

    @Test
    void anErrorMessageFromTheServerIsMadeSafe() {
        answer(json(400, """
                {"status":"error","errorType":"bad_data","error":"\\u001b[2J\\u001b[31mgotcha"}"""));

        OpconException failure = failureOf(() -> client().instantQuery(QUERY));

        assertThat(failure.getMessage()).endsWith("bad_data: \\e[2J\\e[31mgotcha").doesNotContain("\u001b");
    }

    private void answer(ResponseDefinitionBuilder response) {
        prometheus.stubFor(get(urlPathEqualTo("/api/v1/query")).willReturn(response));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** Generous: WireMock's first answer in a fresh JVM can take a second. */
    private PrometheusConfig config() {
        return PrometheusConfig.of(prometheus.baseUrl()).withRequestTimeout(Duration.ofSeconds(5));
    }

    private PrometheusClient client() {
        return new PrometheusClient(config());
    }

    private static OpconException failureOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        OpconException failure = catchThrowableOfType(OpconException.class, call);
        assertThat(failure).as("expected an OpconException").isNotNull();
        return failure;
    }
}
