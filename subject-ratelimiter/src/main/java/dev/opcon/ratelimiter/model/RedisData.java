package dev.opcon.ratelimiter.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Redis as the console sees it. Figures are null when Redis could not be read.
 *
 * @param endpoint where it is, password masked
 * @param error    why it could not be read; null when connected
 */
public record RedisData(
        String endpoint,
        boolean connected,
        @JsonProperty("ping_ms") Double pingMilliseconds,
        Long keys,
        Long usedMemoryBytes,
        @JsonProperty("ops_per_sec") Double opsPerSecond,
        String version,
        String error) {

    public RedisData {
        Objects.requireNonNull(endpoint, "endpoint");
    }
}
