package dev.opcon.ratelimiter.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * One of the busiest keys: Redis's own count, and what the management API said about the same key.
 *
 * @param apiCount     the management API's count; null when it did not list the key
 * @param apiRemaining the management API's remaining; null when it did not list the key
 */
public record CounterData(
        String key,
        long count,
        long limit,
        long remaining,
        @JsonProperty("window_ms") long windowMilliseconds,
        boolean limitOverridden,
        @JsonProperty("ttl_ms") Long timeToLiveMilliseconds,
        Instant oldestEntry,
        Instant newestEntry,
        Long apiCount,
        Long apiRemaining) {

    public CounterData {
        Objects.requireNonNull(key, "key");
    }

    /** How full the window is (see {@link Utilisation}). */
    public double utilisation() {
        return Utilisation.of(count, limit);
    }
}
