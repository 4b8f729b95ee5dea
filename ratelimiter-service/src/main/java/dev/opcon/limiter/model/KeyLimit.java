package dev.opcon.limiter.model;

/** A per-key limit override as stored in {@code ratelimit:limit:{key}}. */
public record KeyLimit(String key, long limit, long windowMs) {

    public KeyLimit {
        RateLimitKey.requireValid(key);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more");
        }
        if (windowMs < 1) {
            throw new IllegalArgumentException("window_ms must be 1 or more");
        }
    }
}
