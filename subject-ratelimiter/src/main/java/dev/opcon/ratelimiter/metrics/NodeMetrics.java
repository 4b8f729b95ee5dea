package dev.opcon.ratelimiter.metrics;

import java.time.Instant;

/**
 * One node's figures. NaN means not known yet (a direct reader needs two samples for a rate).
 *
 * @param sampledAt when the underlying samples were taken (for the age shown beside the figures)
 */
public record NodeMetrics(double allowedPerSecond, double blockedPerSecond, double p99Milliseconds,
                          boolean up, double activeCounters, Instant sampledAt) {
}
