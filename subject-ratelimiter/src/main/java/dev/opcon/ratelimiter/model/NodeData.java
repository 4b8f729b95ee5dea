package dev.opcon.ratelimiter.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * One node in the observation's data. Figures that are not known are null, never zero.
 *
 * @param registered   null when the registry could not be read this refresh
 * @param configured   listed in {@code --ratelimiter-url}
 * @param downReason   why it is Down; null when Up
 * @param healthError  what its {@code /health} said or why it could not be read; null when healthy
 */
public record NodeData(
        String id,
        String address,
        String baseUrl,
        NodeState state,
        Boolean healthy,
        String healthError,
        Boolean registered,
        Instant registeredAt,
        Boolean redisReachable,
        boolean configured,
        @JsonProperty("allowed_per_sec") Double allowedPerSecond,
        @JsonProperty("blocked_per_sec") Double blockedPerSecond,
        @JsonProperty("p99_ms") Double p99Milliseconds,
        @JsonProperty("metrics_age_ms") Long metricsAgeMilliseconds,
        String downReason) {

    public NodeData {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(state, "state");
    }
}
