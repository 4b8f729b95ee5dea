package dev.opcon.ratelimiter.metrics;

import java.time.Instant;

/** Cluster totals at one moment, one point of the sparklines. NaN marks a gap. */
public record RatePoint(Instant at, double allowedPerSecond, double blockedPerSecond, double p99Milliseconds) {
}
