package dev.opcon.limiter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.opcon.limiter.model.NodeRegistration;
import java.util.List;

/**
 * The JSON bodies of the wire contract (DESIGN.md, "The rate limiter wire contract"), one record
 * each; field names become snake_case. Kept apart from the model so that the contract changes
 * only here.
 */
final class ApiResponses {

    private ApiResponses() {
    }

    record Error(String error) {
    }

    record Check(boolean allowed, long currentCount, long remaining, long retryAfterSeconds) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Health(String status, String nodeId, String redis, String error) {
    }

    record Nodes(List<NodeRegistration> nodes) {
    }

    record Counter(String key, long count, long limit, long remaining, long windowMs) {
    }

    record Counters(List<Counter> counters) {
    }

    record BlockedKey(String key, long currentCount, long limit) {
    }

    record Blocks(List<BlockedKey> blocked) {
    }

    record Limits(long defaultLimit, long defaultWindowMs) {
    }

    record Reset(String key, boolean reset) {
    }

    record LimitUpdated(String key, long limit, long windowMs, boolean updated) {
    }
}
