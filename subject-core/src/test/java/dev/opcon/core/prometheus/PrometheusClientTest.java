package dev.opcon.core.prometheus;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers that Prometheus really gives, and what the client makes of them. Faults are in {@link PrometheusClientFaultTest}. */
class PrometheusClientTest {

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
    void readsAnInstantVectorWithExactTimestamps() {
        answerInstantQuery(Fixtures.read("prom_query_tikv_grpc_p99_by_instance.json"));

        QueryResult result = client().instantQuery("histogram_quantile(0.99, sum(rate(x_bucket[1m])) by (le, instance))");

        assertThat(result.resultType()).isEqualTo(QueryResult.ResultType.VECTOR);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.samples()).extracting(sample -> sample.label("instance"))
                .containsExactly("10.0.1.11:20180", "10.0.1.12:20180", "10.0.1.13:20180");
        assertThat(result.samples()).extracting(QuerySample::value).containsExactly(0.0061, 0.2147, 0.0058);
        assertThat(result.samples().get(0).timestamp()).isEqualTo(Instant.ofEpochSecond(1749520800L, 123_000_000));
    }

    @Test
    void keepsTheMetricNameAmongTheLabelsSortedByName() {
        answerInstantQuery(Fixtures.read("prom_query_tikv_store_size_bytes.json"));

        QueryResult result = client().instantQuery("tikv_store_size_bytes");

        assertThat(result.samples().get(0).labels()).containsExactly(
                Map.entry("__name__", "tikv_store_size_bytes"), Map.entry("instance", "10.0.1.11:20180"),
                Map.entry("job", "tikv"), Map.entry("type", "capacity"));
        assertThat(result.samples().get(0).value()).isEqualTo(1_979_120_929_996d);
    }

    @Test
    void readsAnEmptyVector() {
        answerInstantQuery(Fixtures.read("prom_query_empty_vector.json"));

        assertThat(client().instantQuery("up == 2").isEmpty()).isTrue();
    }

    @Test
    void readsAScalarAsOneSampleWithoutLabels() {
        answerInstantQuery("""
                {"status":"success","data":{"resultType":"scalar","result":[1749520800,"42"]}}""");

        QueryResult result = client().instantQuery("scalar(count(up))");

        assertThat(result.resultType()).isEqualTo(QueryResult.ResultType.SCALAR);
        assertThat(result.samples()).containsExactly(new QuerySample(Map.of(), 42, Instant.ofEpochSecond(1749520800L)));
    }

    @Test
    void readsNotANumberAndInfinities() {
        answerInstantQuery("""
                {"status":"success","data":{"resultType":"vector","result":[
                  {"metric":{"i":"a"},"value":[1,"NaN"]},
                  {"metric":{"i":"b"},"value":[1,"+Inf"]},
                  {"metric":{"i":"c"},"value":[1,"-Inf"]},
                  {"metric":{"i":"d"},"value":[1,"1e-3"]}]}}""");

        assertThat(client().instantQuery("x").samples()).extracting(QuerySample::value)
                .containsExactly(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.001);
    }

    @Test
    void sendsTheQueryUrlEncoded() {
        answerInstantQuery(Fixtures.read("prom_query_empty_vector.json"));
        String promql = "sum(rate(ratelimiter_requests_checked_total{result=\"blocked\"}[1m])) / 2 + 1";

        client().instantQuery(promql);

        prometheus.verify(getRequestedFor(urlPathEqualTo("/api/v1/query"))
                .withQueryParam("query", equalTo(promql))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void readsARangeMatrixAndSendsStartEndAndStepInSeconds() {
        prometheus.stubFor(get(urlPathEqualTo("/api/v1/query_range"))
                .willReturn(okJson(Fixtures.read("prom_query_range_matrix_region_count.json"))));
        Instant start = Instant.ofEpochSecond(1749520740L);

        RangeResult result = client().rangeQuery("tikv_raftstore_region_count{type=\"region\"}",
                start, start.plusSeconds(60), Duration.ofMillis(30_500));

        assertThat(result.series()).hasSize(1);
        Series series = result.series().get(0);
        assertThat(series.labels()).containsExactly(Map.entry("instance", "10.0.1.11:20180"), Map.entry("type", "region"));
        assertThat(series.points()).containsExactly(
                new Point(Instant.ofEpochSecond(1749520740L), 12035),
                new Point(Instant.ofEpochSecond(1749520770L), 12036),
                new Point(Instant.ofEpochSecond(1749520800L), 12037));
        prometheus.verify(getRequestedFor(urlPathEqualTo("/api/v1/query_range"))
                .withQueryParam("start", equalTo("1749520740"))
                .withQueryParam("end", equalTo("1749520800"))
                .withQueryParam("step", equalTo("30.5")));
    }

    @Test
    void keepsWarningsForTheCallerToShow() {
        answerInstantQuery("""
                {"status":"success","warnings":["PromQL info: metric might not be a counter, name does not end in _total"],
                 "data":{"resultType":"vector","result":[{"metric":{},"value":[1,"3"]}]}}""");

        QueryResult result = client().instantQuery("rate(ratelimiter_active_counters[1m])");

        assertThat(result.warnings()).containsExactly(
                "PromQL info: metric might not be a counter, name does not end in _total");
        assertThat(result.samples()).extracting(QuerySample::value).containsExactly(3.0);
    }

    @Test
    void makesLabelValuesAndWarningsSafeForTheTerminal() {
        answerInstantQuery("""
                {"status":"success","warnings":["\\u001b[2Jwiped"],
                 "data":{"resultType":"vector","result":[{"metric":{"key":"a\\u001b[31mred"},"value":[1,"1"]}]}}""");

        QueryResult result = client().instantQuery("x");

        assertThat(result.samples().get(0).label("key")).isEqualTo("a\\e[31mred");
        assertThat(result.warnings()).containsExactly("\\e[2Jwiped");
    }

    @Test
    void sendsTheBearerToken() {
        answerInstantQuery(Fixtures.read("prom_query_empty_vector.json"));

        new PrometheusClient(config().withBearerToken("s3cret-token")).instantQuery("up");

        prometheus.verify(getRequestedFor(urlPathEqualTo("/api/v1/query"))
                .withHeader("Authorization", equalTo("Bearer s3cret-token")));
    }

    @Test
    void sendsBasicAuth() {
        answerInstantQuery(Fixtures.read("prom_query_empty_vector.json"));

        new PrometheusClient(config().withBasicAuth("grafana", "pa55word")).instantQuery("up");

        prometheus.verify(getRequestedFor(urlPathEqualTo("/api/v1/query"))
                .withHeader("Authorization", equalTo("Basic Z3JhZmFuYTpwYTU1d29yZA==")));
    }

    @Test
    void takesBasicAuthFromTheUrlAndNeverShowsThePassword() {
        answerInstantQuery(Fixtures.read("prom_query_empty_vector.json"));
        PrometheusClient client = new PrometheusClient(
                PrometheusConfig.of("http://grafana:pa55word@localhost:" + prometheus.port())
                        .withRequestTimeout(Duration.ofSeconds(5)));

        client.instantQuery("up");

        prometheus.verify(getRequestedFor(urlPathEqualTo("/api/v1/query"))
                .withHeader("Authorization", equalTo("Basic Z3JhZmFuYTpwYTU1d29yZA==")));
        assertThat(client.endpoint()).isEqualTo("http://localhost:" + prometheus.port());
        assertThat(client.toString()).doesNotContain("pa55word");
    }

    @Test
    void sendsNoAuthorizationWhenNoneIsConfigured() {
        answerInstantQuery(Fixtures.read("prom_query_empty_vector.json"));

        client().instantQuery("up");

        prometheus.verify(getRequestedFor(urlPathEqualTo("/api/v1/query")).withHeader("Authorization", absent()));
    }

    @Test
    void asksUnderThePathPrefixOfTheBaseUrl() {
        prometheus.stubFor(get(urlPathEqualTo("/prometheus/api/v1/query"))
                .willReturn(okJson(Fixtures.read("prom_query_empty_vector.json"))));

        new PrometheusClient(PrometheusConfig.of(prometheus.baseUrl() + "/prometheus/")
                .withRequestTimeout(Duration.ofSeconds(5))).instantQuery("up");

        prometheus.verify(getRequestedFor(urlPathEqualTo("/prometheus/api/v1/query")));
    }

    @Test
    void theCounterRateOfARangeMatchesTheHandComputedOne() {
        prometheus.stubFor(get(urlPathEqualTo("/api/v1/query_range"))
                .willReturn(okJson(Fixtures.read("prom_query_range_matrix_region_count.json"))));
        Instant start = Instant.ofEpochSecond(1749520740L);

        Series series = client().rangeQuery("x", start, start.plusSeconds(60), Duration.ofSeconds(30)).series().get(0);

        // 12035 -> 12037 over 60 s
        assertThat(CounterRate.perSecond(series.points())).isCloseTo(2.0 / 60, within(1e-12));
    }

    private void answerInstantQuery(String body) {
        prometheus.stubFor(get(urlPathEqualTo("/api/v1/query")).willReturn(okJson(body)));
    }

    /** Generous: WireMock's first answer in a fresh JVM can take a second. */
    private PrometheusConfig config() {
        return PrometheusConfig.of(prometheus.baseUrl()).withRequestTimeout(Duration.ofSeconds(5));
    }

    private PrometheusClient client() {
        return new PrometheusClient(config());
    }
}
