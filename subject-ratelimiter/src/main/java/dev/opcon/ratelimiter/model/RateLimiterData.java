package dev.opcon.ratelimiter.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The machine-readable side of one observation ({@code opcon check --format json}, snake_case).
 *
 * @param counters         the busiest keys as Redis counts them, busiest first
 * @param keysTotal        counter keys in Redis; null when they could not be counted
 * @param keysNotShown     counter keys beyond {@code counters}; null when unknown
 * @param metricsSource    {@code prometheus}, {@code direct}, or {@code none}
 * @param managementApi    the URL whose management API answered; null when none did
 * @param rateHistory      cluster totals, oldest first
 * @param metricsProblems  what the metrics reader could not read, though it read the rest; each names
 *                         its node when it concerns one
 */
public record RateLimiterData(
        List<NodeData> nodes,
        List<CounterData> counters,
        Long keysTotal,
        Long keysNotShown,
        RedisData redis,
        String metricsSource,
        String managementApi,
        @JsonProperty("default_limit") Long defaultLimit,
        @JsonProperty("default_window_ms") Long defaultWindowMilliseconds,
        List<RateSample> rateHistory,
        List<MetricsProblem> metricsProblems,
        FigureAges ages) {

    public RateLimiterData {
        nodes = List.copyOf(nodes);
        counters = List.copyOf(counters);
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(metricsSource, "metricsSource");
        rateHistory = List.copyOf(rateHistory);
        metricsProblems = List.copyOf(metricsProblems);
        Objects.requireNonNull(ages, "ages");
    }
}
