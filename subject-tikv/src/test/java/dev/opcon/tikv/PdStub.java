package dev.opcon.tikv;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/** A PD served by WireMock from the fixtures. Tests change one answer at a time. */
public final class PdStub implements AutoCloseable {

    public static final String API = "/pd/api/v1";

    private final WireMockServer server;

    private PdStub(WireMockServer server) {
        this.server = server;
    }

    /** Keeps a journal of requests, so tests can see what reached PD. */
    public static PdStub start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        warmUp(server.baseUrl());
        return new PdStub(server);
    }

    /**
     * One request before any test, so the first observation does not pay for loading and compiling the
     * HTTP stacks on a busy machine within its deadline.
     */
    static void warmUp(String baseUrl) {
        try {
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(baseUrl + "/__admin/health")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException ignored) {
            // Only a warm-up: the tests report any real problem.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public WireMockServer server() {
        return server;
    }

    /** Every endpoint answers as a healthy three-store PD 8.5 cluster. */
    public PdStub healthyCluster() {
        server.resetAll();
        server.stubFor(any(urlPathMatching(".*")).atPriority(100)
                .willReturn(aResponse().withStatus(404).withBody("404 page not found")));
        stores(Fixtures.text(Fixtures.HEALTHY_STORES));
        json("/members", Fixtures.text("reconstructed_members_3.json"));
        json("/health", Fixtures.text("reconstructed_health_3_members.json"));
        json("/cluster/status", Fixtures.text("reconstructed_cluster_status.json"));
        json("/regions/count", "{\"count\":12040,\"regions\":null}");
        for (String check : List.of("miss-peer", "down-peer", "pending-peer")) {
            regionCheck(check, Fixtures.regionCheck(0));
        }
        json("/hotspot/stores", Fixtures.text("reconstructed_hotspot_stores_v8.5.json"));
        json("/hotspot/regions/write", Fixtures.text("reconstructed_hotspot_regions_write_v8.5.json"));
        json("/hotspot/regions/read", Fixtures.text("reconstructed_hotspot_regions_read_v8.5.json"));
        json("/schedulers", Fixtures.text("reconstructed_schedulers_default.json"));
        for (JsonNode region : Fixtures.json("reconstructed_regions_v8.5_compact.json").path("regions")) {
            region(region.path("id").asLong(), 200, region.toString());
        }
        region(3501, 200, Fixtures.text("verbatim_region_v6.1.0_172.json").replace("\"id\": 172", "\"id\": 3501"));
        return this;
    }

    public PdStub stores(String body) {
        return json("/stores", body);
    }

    public PdStub json(String path, String body) {
        return answer(path, 200, body);
    }

    /** Any answer, as PD writes it: errors are JSON strings with an indented-JSON content type. */
    public PdStub answer(String path, int status, String body) {
        server.stubFor(get(urlPathEqualTo(API + path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8").withBody(body)));
        return this;
    }

    /** Region endpoints answer compact JSON as {@code application/octet-stream} (PD 8's {@code rd.Data}). */
    public PdStub regionCheck(String check, String body) {
        server.stubFor(get(urlPathEqualTo(API + "/regions/check/" + check)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withBody(body)));
        return this;
    }

    public PdStub region(long regionId, int status, String body) {
        server.stubFor(get(urlPathEqualTo(API + "/region/id/" + regionId)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/octet-stream").withBody(body)));
        return this;
    }

    /** Requests that were not GETs. */
    public List<LoggedRequest> nonGetRequests() {
        return server.findAll(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder.allRequests()).stream()
                .filter(request -> !request.getMethod().getName().equals("GET"))
                .toList();
    }

    public int requestCount() {
        return server.findAll(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder.allRequests()).size();
    }

    @Override
    public void close() {
        server.stop();
    }
}
