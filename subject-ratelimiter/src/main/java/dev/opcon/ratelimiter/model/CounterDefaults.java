package dev.opcon.ratelimiter.model;

/** The limit and window of keys without an override ({@code GET /api/limits}). */
public record CounterDefaults(long limit, long windowMilliseconds) {

    /** The wire contract's defaults, used until a management API has told us its own. */
    public static final CounterDefaults CONTRACT = new CounterDefaults(100, 60_000);
}
