package dev.opcon.tikv;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

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

    /** QPS, p99 and store sizes from the fixtures (store 4 at 215 ms); everything else an empty vector. */
    public PrometheusStub fixtures() {
        server.resetAll();
        server.stubFor(get(urlPathEqualTo("/api/v1/query")).atPriority(100)
                .willReturn(okJson(Fixtures.text(EMPTY_VECTOR))));
        query("tikv_grpc_msg_duration_seconds_count", Fixtures.text("prom_query_tikv_qps_by_instance.json"));
        query("tikv_grpc_msg_duration_seconds_bucket", Fixtures.text("prom_query_tikv_grpc_p99_by_instance.json"));
        query("tikv_store_size_bytes", Fixtures.text("prom_query_tikv_store_size_bytes.json"));
        return this;
    }

    public PrometheusStub query(String promqlFragment, String body) {
        server.stubFor(get(urlPathEqualTo("/api/v1/query")).atPriority(1)
                .withQueryParam("query", containing(promqlFragment)).willReturn(okJson(body)));
        return this;
    }

    public PrometheusStub failing(int status, String body) {
        server.resetAll();
        server.stubFor(get(urlPathEqualTo("/api/v1/query"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
        return this;
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
