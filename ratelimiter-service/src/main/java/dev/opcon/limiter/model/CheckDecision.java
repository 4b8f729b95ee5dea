package dev.opcon.limiter.model;

/**
 * The answer of the admission script, with the limit and window it actually applied.
 *
 * @param allowed      whether this request was admitted (and counted)
 * @param currentCount admitted requests in the window, this one included when allowed
 * @param limit        the limit that applied (override, else the request's, else the default)
 * @param windowMs     the window that applied
 * @param retryAfterMs when blocked, how long until the oldest admission leaves the window; else 0
 * @param redisTimeMs  Redis's clock when the script ran: the one clock all nodes share
 */
public record CheckDecision(boolean allowed, long currentCount, long limit, long windowMs, long retryAfterMs, long redisTimeMs) {

    public long remaining() {
        return Math.max(0, limit - currentCount);
    }

    /** Whole seconds, rounded up, so that a client that waits this long is not refused again. */
    public long retryAfterSeconds() {
        return allowed ? 0 : (retryAfterMs + 999) / 1000;
    }

    /** The Unix time (seconds) at which a blocked key admits again. */
    public long resetEpochSeconds() {
        return (redisTimeMs + retryAfterMs + 999) / 1000;
    }
}
