package dev.opcon.ratelimiter.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One key as Redis itself counts it: admissions in the key's own window against its own limit.
 *
 * @param key             the client key ({@code ratelimit:} removed), safe for a terminal
 * @param limitOverridden the limit or window comes from {@code ratelimit:limit:{key}}
 * @param timeToLive      empty when the key has no expiry (or vanished meanwhile)
 * @param oldestEntry     the score of the oldest member, in or out of the window
 */
public record RedisCounter(String key, long count, long limit, long windowMilliseconds, boolean limitOverridden,
                           Optional<Duration> timeToLive, Optional<Instant> oldestEntry,
                           Optional<Instant> newestEntry) {

    public RedisCounter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(timeToLive, "timeToLive");
        Objects.requireNonNull(oldestEntry, "oldestEntry");
        Objects.requireNonNull(newestEntry, "newestEntry");
    }

    public long remaining() {
        return Math.max(0, limit - count);
    }

    /** How full the window is; a limit of 0 is full when empty and beyond any ratio when not. */
    public double utilisation() {
        return Utilisation.of(count, limit);
    }
}
