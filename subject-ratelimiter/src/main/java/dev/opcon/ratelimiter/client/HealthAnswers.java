package dev.opcon.ratelimiter.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.core.error.OpconException;
import dev.opcon.core.text.SafeText;
import dev.opcon.ratelimiter.model.NodeHealth;
import java.util.Optional;

/**
 * Reads a {@code GET /health} answer. A 503 whose body is a health report (a node that lost Redis
 * says so) is a reading, not a failure: the node is up and tells us what is wrong. Anything else
 * that is not a 2xx health report is a failure naming the URL.
 */
final class HealthAnswers {

    private HealthAnswers() {
    }

    static NodeHealth read(JsonHttp.Answer answer) {
        if (!answer.ok() && !looksLikeHealthReport(answer)) {
            throw answer.statusError();
        }
        JsonNode report = answer.json();
        if (!report.isObject() || !(report.has("status") || report.has("node_id"))) {
            throw OpconException.nonsense(SafeText.of(answer.url().toString())
                    + ": not a health report (no 'status' or 'node_id')", null);
        }
        String status = report.path("status").asText("");
        boolean healthy = answer.ok() && (status.isEmpty() || status.equalsIgnoreCase("healthy") || status.equalsIgnoreCase("ok"));
        Optional<String> error = text(report, "error")
                .or(() -> healthy ? Optional.empty() : Optional.of("status " + (status.isEmpty() ? answer.status() : SafeText.of(status))));
        return new NodeHealth(text(report, "node_id"), healthy, redisReachable(report), answer.status(), error);
    }

    private static boolean looksLikeHealthReport(JsonHttp.Answer answer) {
        try {
            JsonNode report = answer.json();
            return report.isObject() && report.has("status") && (report.has("node_id") || report.has("redis"));
        } catch (OpconException notJson) {
            return false;
        }
    }

    /** {@code "redis": "ok" | "unreachable"}, or a boolean {@code redis_reachable}. */
    private static Optional<Boolean> redisReachable(JsonNode report) {
        JsonNode reachable = report.get("redis_reachable");
        if (reachable != null && reachable.isBoolean()) {
            return Optional.of(reachable.asBoolean());
        }
        JsonNode redis = report.get("redis");
        if (redis == null || redis.isNull()) {
            return Optional.empty();
        }
        if (redis.isBoolean()) {
            return Optional.of(redis.asBoolean());
        }
        String text = redis.asText("");
        if (text.equalsIgnoreCase("ok") || text.equalsIgnoreCase("connected") || text.equalsIgnoreCase("up")) {
            return Optional.of(true);
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(false);
    }

    private static Optional<String> text(JsonNode report, String field) {
        JsonNode value = report.get(field);
        if (value == null || value.isNull() || value.asText("").isBlank()) {
            return Optional.empty();
        }
        return Optional.of(SafeText.truncate(SafeText.of(value.asText()), 200));
    }
}
