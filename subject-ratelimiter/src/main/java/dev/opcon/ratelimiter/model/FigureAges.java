package dev.opcon.ratelimiter.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How old each group of figures was when the observation was made, in milliseconds; null when the
 * group is not shown (its source failed). Counters can be older than one refresh: a pass over a
 * very large keyspace runs in the background and the newest finished one is shown.
 */
public record FigureAges(
        @JsonProperty("management_api_ms") Long managementApiMilliseconds,
        @JsonProperty("redis_ms") Long redisMilliseconds,
        @JsonProperty("counters_ms") Long countersMilliseconds,
        @JsonProperty("metrics_ms") Long metricsMilliseconds) {
}
