package dev.opcon.ratelimiter.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** Cluster totals at one moment; null marks a gap. */
public record RateSample(
        Instant at,
        @JsonProperty("allowed_per_sec") Double allowedPerSecond,
        @JsonProperty("blocked_per_sec") Double blockedPerSecond,
        @JsonProperty("p99_ms") Double p99Milliseconds) {
}
