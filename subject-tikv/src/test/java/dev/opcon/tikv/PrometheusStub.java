package dev.opcon.tikv;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/** A Prometheus served by WireMock: each query is matched by a fragment of its PromQL. */
public final class PrometheusStub implements AutoCloseable {

    public static final String EMPTY_VECTOR = "prom_query_empty_vector.json";

    private final WireMockServer server;

    private PrometheusStub(WireMockServer server) {
        this.server = server;
    }

    public static PrometheusStub start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        PdStub.warmUp(server.baseUrl());
        return new PrometheusStub(server);
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** The cluster totals' range query: three seconds just before the fixture time, every figure known. */
    public static final String CLUSTER_TOTALS_MATRIX = """
            {"status":"success","data":{"resultType":"matrix","result":[
             {"metric":{"figure":"qps"},"values":[[1749520797,"30100"],[1749520798,"30200"],[1749520799,"30300"]]},
             {"metric":{"figure":"p99"},"values":[[1749520797,"0.012"],[1749520798,"0.2"],[1749520799,"0.215"]]},
             {"metric":{"figure":"write","type":"store_write_rate_bytes"},
              "values":[[1749520797,"3.2e7"],[1749520798,"3.3e7"],[1749520799,"3.4e7"]]},
             {"metric":{"figure":"read","type":"store_read_rate_bytes"},
              "values":[[1749520797,"5.9e7"],[1749520798,"6e7"],[1749520799,"6.1e7"]]}]}}""";

    /**
     * QPS, p99 and store sizes from the fixtures (store 4 at 215 ms), the cluster totals' range query;
     * everything else an empty vector.
     */
    public PrometheusStub fixtures() {
        server.resetAll();
        server.stubFor(get(urlPathEqualTo("/api/v1/query")).atPriority(100)
                .willReturn(okJson(Fixtures.text(EMPTY_VECTOR))));
        query("tikv_grpc_msg_duration_seconds_count", Fixtures.text("prom_query_tikv_qps_by_instance.json"));
        query("tikv_grpc_msg_duration_seconds_bucket", Fixtures.text("prom_query_tikv_grpc_p99_by_instance.json"));
        query("tikv_store_size_bytes", Fixtures.text("prom_query_tikv_store_size_bytes.json"));
        server.stubFor(get(urlPathEqualTo("/api/v1/query_range")).willReturn(okJson(CLUSTER_TOTALS_MATRIX)));
        return this;
    }

    public PrometheusStub query(String promqlFragment, String body) {
        server.stubFor(get(urlPathEqualTo("/api/v1/query")).atPriority(1)
                .withQueryParam("query", containing(promqlFragment)).willReturn(okJson(body)));
        return this;
    }

    public PrometheusStub failing(int status, String body) {
        server.resetAll();
        server.stubFor(get(urlPathMatching("/api/v1/query(_range)?"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
        return this;
    }

    public List<LoggedRequest> rangeQueries() {
        return server.findAll(getRequestedFor(urlPathEqualTo("/api/v1/query_range")));
    }

    /** An instant vector of one sample per (labels, value) pair: {@code vector("type", "miss-peer-region-count", 3)}. */
    public static String vector(String label, Object... labelValuePairs) {
        StringBuilder result = new StringBuilder("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[");
        for (int index = 0; index < labelValuePairs.length; index += 2) {
            result.append(index == 0 ? "" : ",").append("{\"metric\":{\"").append(label).append("\":\"")
                    .append(labelValuePairs[index]).append("\"},\"value\":[1749520800.123,\"")
                    .append(labelValuePairs[index + 1]).append("\"]}");
        }
        return result.append("]}}").toString();
    }

    @Override
    public void close() {
        server.stop();
    }
}
