package dev.opcon.limiter.model;

import java.util.OptionalLong;

/**
 * One admission question: may {@code key} make one more request? {@code limit} and
 * {@code windowMs}, when present, are the caller's wish; a per-key override in Redis beats them,
 * and the node's defaults fill in what neither gives.
 */
public record CheckRequest(String key, OptionalLong limit, OptionalLong windowMs) {

    public CheckRequest {
        RateLimitKey.requireValid(key);
        limit = limit == null ? OptionalLong.empty() : limit;
        windowMs = windowMs == null ? OptionalLong.empty() : windowMs;
        if (limit.isPresent() && limit.getAsLong() < 0) {
            throw new IllegalArgumentException("limit must be 0 or more");
        }
        if (windowMs.isPresent() && windowMs.getAsLong() < 1) {
            throw new IllegalArgumentException("window_ms must be 1 or more");
        }
    }

    public static CheckRequest of(String key) {
        return new CheckRequest(key, OptionalLong.empty(), OptionalLong.empty());
    }
}
