package dev.opcon.console.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** The few management API calls the chaos controls make, against whichever node runs. */
final class NodeApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<List<String>> runningNodes;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();

    NodeApi(Supplier<List<String>> runningNodes) {
        this.runningNodes = runningNodes;
    }

    /** {@code GET /api/limits}: the limit of keys without an override. */
    long defaultLimit() {
        return call(HttpRequest.newBuilder(uri("/api/limits")).GET()).path("default_limit").asLong();
    }

    /** {@code PUT /api/limits/{key}}. */
    void setLimit(String key, long limit) {
        String path = "/api/limits/" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
        call(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"limit\":" + limit + "}")));
    }

    private URI uri(String path) {
        List<String> nodes = runningNodes.get();
        if (nodes.isEmpty()) {
            throw new IllegalStateException("no limiter node is running to ask");
        }
        URI uri = URI.create(nodes.get(0) + path);
        LoadGenerator.requireLoopback(uri);
        return uri;
    }

    private JsonNode call(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("the node answered " + response.statusCode() + " to "
                        + response.request().method() + " " + response.uri().getPath());
            }
            return JSON.readTree(response.body());
        } catch (IOException failure) {
            throw new IllegalStateException("cannot reach the limiter node: " + failure.getMessage(), failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the limiter node", interrupted);
        }
    }
}
