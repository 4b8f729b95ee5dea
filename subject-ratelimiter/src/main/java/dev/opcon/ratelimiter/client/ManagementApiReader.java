package dev.opcon.ratelimiter.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.core.error.OpconException;
import dev.opcon.core.text.SafeText;
import dev.opcon.ratelimiter.model.ApiCounter;
import dev.opcon.ratelimiter.model.ApiCounters;
import dev.opcon.ratelimiter.model.CounterDefaults;
import dev.opcon.ratelimiter.model.ManagementSnapshot;
import dev.opcon.ratelimiter.model.RegisteredNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** One try at one node's management API, against one deadline. */
final class ManagementApiReader {

    private final JsonHttp http;
    private final URI baseUrl;
    private final long deadlineNanos;

    ManagementApiReader(JsonHttp http, URI baseUrl, long deadlineNanos) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.deadlineNanos = deadlineNanos;
    }

    /** {@code GET /api/nodes} and {@code GET /api/limits}. */
    ManagementSnapshot readCluster() throws InterruptedException {
        JsonNode nodes = get("/api/nodes");
        JsonNode limits = get("/api/limits");
        return new ManagementSnapshot(baseUrl, nodes(nodes), defaults(limits));
    }

    /** {@code GET /api/counters?limit=N}. */
    ApiCounters readCounters(int counterLimit) throws InterruptedException {
        return new ApiCounters(baseUrl, counters(get("/api/counters?limit=" + counterLimit), counterLimit));
    }

    private JsonNode get(String path) throws InterruptedException {
        long remaining = Math.max(1, deadlineNanos - System.nanoTime());
        return http.get(URI.create(baseUrl + path), Duration.ofNanos(remaining)).requireJsonObject();
    }

    private List<RegisteredNode> nodes(JsonNode answer) {
        List<RegisteredNode> nodes = new ArrayList<>();
        for (JsonNode node : array(answer, "nodes", "/api/nodes")) {
            String id = SafeText.of(node.path("id").asText(""));
            if (!id.isEmpty()) {
                nodes.add(new RegisteredNode(id, SafeText.of(node.path("address").asText("")),
                        SafeText.of(node.path("state").asText("Up")), instant(node.get("registered_at"))));
            }
        }
        return nodes;
    }

    private List<ApiCounter> counters(JsonNode answer, int counterLimit) {
        List<ApiCounter> counters = new ArrayList<>();
        for (JsonNode counter : array(answer, "counters", "/api/counters")) {
            if (counters.size() == counterLimit) {
                break; // a server that ignores ?limit= must not flood us
            }
            counters.add(new ApiCounter(SafeText.of(counter.path("key").asText("")), counter.path("count").asLong(),
                    counter.path("limit").asLong(), counter.path("remaining").asLong()));
        }
        return counters;
    }

    private CounterDefaults defaults(JsonNode answer) {
        return new CounterDefaults(answer.path("default_limit").asLong(CounterDefaults.CONTRACT.limit()),
                answer.path("default_window_ms").asLong(CounterDefaults.CONTRACT.windowMilliseconds()));
    }

    private Iterable<JsonNode> array(JsonNode answer, String field, String path) {
        JsonNode array = answer.get(field);
        if (array == null || !array.isArray()) {
            throw OpconException.nonsense(SafeText.of(baseUrl + path) + ": the answer has no '" + field + "' list", null);
        }
        return array;
    }

    /** ISO-8601 text, or seconds or milliseconds since the epoch (the seed service wrote numbers). */
    static Instant instant(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText("").strip();
        try {
            if (value.isNumber() || text.matches("\\d+(\\.\\d+)?")) {
                double number = Double.parseDouble(text);
                return number > 100_000_000_000d ? Instant.ofEpochMilli((long) number)
                        : Instant.ofEpochMilli((long) (number * 1_000));
            }
            return text.isEmpty() ? null : Instant.parse(text);
        } catch (DateTimeParseException | NumberFormatException unreadable) {
            return null;
        }
    }
}
