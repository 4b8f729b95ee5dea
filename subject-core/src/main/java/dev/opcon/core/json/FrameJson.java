package dev.opcon.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.model.Violation;
import java.io.UncheckedIOException;

/**
 * The machine-readable form of a frame, as {@code opcon check --format json} prints it (one object;
 * with {@code --watch}, one per line). Documented in the README.
 */
public final class FrameJson {

    private FrameJson() {
    }

    public static ObjectNode toJson(Frame frame) {
        var observation = frame.observation();
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("subject", observation.subject());
        root.put("observed_at", observation.observedAt().toString());
        root.put("took_ms", observation.took().toMillis());
        ArrayNode sources = root.putArray("sources");
        for (SourceStatus status : observation.sources()) {
            ObjectNode source = sources.addObject();
            source.put("name", status.name());
            source.put("ok", status.isOk());
            source.put("latency_ms", status.latencyMillis());
            source.put("error", status.errorText());
            if (status.state() == SourceStatus.State.STALE) {
                source.put("stale", true);
            }
        }
        root.set("data", Json.mapper().valueToTree(observation.data()));
        ArrayNode violations = root.putArray("violations");
        for (Violation violation : frame.active()) {
            ObjectNode node = violations.addObject();
            node.put("invariant", violation.invariant());
            node.put("entity", violation.entity().isEmpty() ? null : violation.entity());
            node.put("severity", violation.severity().label());
            node.put("message", violation.message());
            node.put("first_seen", violation.firstSeen().toString());
            node.put("last_seen", violation.lastSeen().toString());
        }
        return root;
    }

    /** One line of JSON, no trailing newline. */
    public static String toLine(Frame frame) {
        try {
            return Json.mapper().writeValueAsString(toJson(frame));
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
